extension PackIndex {
    mutating func visit(_ section: Section, level: Int, parent: ID<Section>?, item: ID<Item>?, body: ID<Body>?, path: EntryPath) {
        // A repeated id names its first section (duplicate-id reports the rest), so no node can be its own parent.
        if nodeIndex[section.id] == nil { nodeIndex[section.id] = outline.count }
        outline.append(OutlineNode(
            id: section.id, heading: section.heading, level: level, parent: parent,
            capture: section.capture ?? .whole, page: section.page, line: section.line, path: path.description,
            plan: currentPlan
        ))
        visit(section.content, level: level + 1, section: section.id, item: item, body: body, path: EntryPath(path, key: "content"))
    }

    mutating func visit(_ entries: [Entry], level: Int, section: ID<Section>, item: ID<Item>?, body: ID<Body>?, path: EntryPath) {
        for (offset, entry) in entries.enumerated() {
            visit(entry, at: EntryPath(EntryPath(path, index: offset), key: entry.key), level: level, section: section, item: item, body: body)
        }
    }

    /// One entry at `here`; a draft is indexed as a draft and as the entry it proposes.
    mutating func visit(_ entry: Entry, at here: EntryPath, level: Int, section: ID<Section>, item: ID<Item>?, body: ID<Body>?) {
        func placed<Value>(_ value: Value) -> Placed<Value> {
            Placed(value: value, section: section, item: item, body: body, location: here)
        }
        switch entry {
        case .section(let child):
            visit(child, level: level, parent: section, item: item, body: body, path: here)
        case .item(let child):
            items.append(placed(child))
            if let item { itemParents[child.id] = item }
            visit(child.content, level: level, section: section, item: child.id, body: body, path: EntryPath(here, key: "content"))
        case .body(let child):
            bodies.append(placed(child))
            visit(child.content, level: level, section: section, item: item, body: child.id, path: EntryPath(here, key: "content"))
        case .narrative(let value): narratives.append(placed(value))
        case .action(let value): actions.append(placed(value))
        case .evidence(let value): evidence.append(placed(value))
        case .localPrinciple(let value): localPrinciples.append(placed(value))
        case .definition(let value): definitions.append(placed(value))
        case .scope(let value): scopes.append(placed(value))
        case .citation(let value): citations.append(placed(value))
        case .coproduction(let value): coproductions.append(placed(value))
        case .partner(let value): partners.append(placed(value))
        case .signatory(let value): signatories.append(placed(value))
        case .expectations(let value): expectations.append(placed(value))
        case .draft(let draft):
            drafts.append(placed(draft))
            visit(draft.entry, at: EntryPath(EntryPath(here, key: "entry"), key: draft.entry.key), level: level, section: section, item: item, body: body)
        }
    }
}
