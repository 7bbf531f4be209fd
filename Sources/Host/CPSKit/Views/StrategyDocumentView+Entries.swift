import CorporateParenting
import CPSEngine

extension StrategyDocumentView {
    /// What is printed under `heading`, in order: sub-headings at `level`, text as paragraphs, runs of actions,
    /// evidence and the like as lists or tables.
    func blocks(_ entries: [Entry], level: Int, heading: String?) -> [Block] {
        var blocks: [Block] = []
        var start = entries.startIndex
        while start < entries.endIndex {
            let kind = run(of: entries[start], heading: heading)
            var end = start + 1
            if let kind {
                while end < entries.endIndex, run(of: entries[end], heading: heading) == kind { end += 1 }
                // Only citations and partners are left out when the text around them names them already.
                var around = ""
                if kind == .citations || kind == .partners {
                    around = (Self.printed(entries.filter { run(of: $0, heading: heading) != kind }) + [heading].compactMap { $0 })
                        .joined(separator: "\n").lowercased()
                }
                blocks += self.blocks(kind, Array(entries[start..<end]), around: around)
            } else {
                blocks += self.blocks(entries[start], level: level, heading: heading)
            }
            start = end
        }
        return blocks
    }

    /// The run an entry joins, if it is printed as part of a list, table or glossary.
    func run(of entry: Entry, heading: String?) -> DocumentRun? {
        switch entry {
        case .action: .actions
        case .evidence: .evidence
        case .localPrinciple: .localPrinciples
        case .definition: .definitions
        case .citation: .citations
        case .partner: .partners
        case .item(let item):
            item.content.isEmpty && !Self.heading(heading, prints: item.title) && !Self.heading(heading, prints: item.label) ? .bullets : nil
        default: nil
        }
    }

    /// One entry that is not part of a run: a section, an item with a heading or text of its own, a body, text.
    func blocks(_ entry: Entry, level: Int, heading: String?) -> [Block] {
        switch entry {
        case .section(let section):
            var blocks: [Block] = [.heading(section.heading, level: level)]
            switch section.capture {
            case .partial?: blocks.append(.note("The pack captures only part of this section."))
            case .none?: blocks.append(.note("The pack does not capture this section."))
            case .whole?, nil: break
            }
            return blocks + self.blocks(section.content, level: level + 1, heading: section.heading)
        case .item(let item):
            return itemBlocks(item, level: level, heading: heading)
        case .draft(let draft):
            return blocks(draft.entry, level: level, heading: heading)
        case .body(let body):
            return blocks(body.content, level: level, heading: heading) + bodyBlocks(body, heading: heading)
        case .narrative(let narrative):
            return [.paragraph(narrative.text)] + (narrative.cutOff == true ? [.note("The capture cuts this text off.")] : [])
        case .scope(let scope):
            // Without its sentence, a scope is the encoder's summary of words printed elsewhere: nothing to print.
            return scope.text.map { [.paragraph($0)] } ?? []
        case .coproduction(let coproduction):
            return [.paragraph(coproduction.text)]
        case .signatory(let signatory):
            return [.paragraph([signatory.name, signatory.role].compactMap { $0 }.joined(separator: "\n"))]
        case .expectations(let set):
            return (Self.heading(heading, prints: set.title) ? [] : [.paragraph(set.title)]) + (set.items.isEmpty ? [] : [.list(set.items)])
        case .action, .evidence, .localPrinciple, .definition, .citation, .partner:
            // Always part of a run (see `run(of:heading:)`), printed by `blocks(_:_:around:)`.
            return []
        }
    }

    /// An item: its heading only where the heading above does not already print it, then a note of its mappings,
    /// then what is printed under it.
    func itemBlocks(_ item: Item, level: Int, heading: String?) -> [Block] {
        var blocks: [Block] = []
        var inner = (level: level, heading: heading)
        if Self.heading(heading, prints: item.title) {
            // The heading above is the item's own.
        } else if Self.heading(heading, prints: item.label) {
            blocks.append(.paragraph(item.title))
        } else {
            blocks.append(.heading(PackText.title(item), level: level))
            inner = (level + 1, PackText.title(item))
        }
        blocks += item.mappings.map { .note(PackText.basis($0.basis) + ": " + PackText.mapping($0, framework: framework) + ".") }
        if item.cutOff == true { blocks.append(.note("The capture cuts this item off.")) }
        return blocks + self.blocks(item.content, level: inner.level, heading: inner.heading)
    }

    /// A run of entries as one list, table or glossary. Partners and citations the text `around` the run already
    /// prints (lower-cased) are not printed again as a list of their own.
    func blocks(_ run: DocumentRun, _ entries: [Entry], around: String) -> [Block] {
        func list(_ items: [String]) -> [Block] { items.isEmpty ? [] : [.list(items)] }
        switch run {
        case .actions:
            return actionBlocks(entries.compactMap { if case .action(let value) = $0 { value } else { nil } })
        case .evidence:
            return evidenceBlocks(entries.compactMap { if case .evidence(let value) = $0 { value } else { nil } })
        case .bullets:
            return list(entries.compactMap { if case .item(let item) = $0 { PackText.title(item) } else { nil } })
        case .localPrinciples:
            return list(entries.compactMap { if case .localPrinciple(let value) = $0 { value.name + (value.text.map { ": \($0)" } ?? "") } else { nil } })
        case .definitions:
            // A definition whose words name its term is printed as they are; the others as a glossary.
            var blocks: [Block] = []
            for case .definition(let value) in entries {
                if Self.heading(value.text, prints: value.term) {
                    blocks.append(.paragraph(value.text))
                } else if case .fields(let fields)? = blocks.last {
                    blocks[blocks.count - 1] = .fields(fields + [Field(value.term, value.text)])
                } else {
                    blocks.append(.fields([Field(value.term, value.text)]))
                }
            }
            return blocks
        case .citations:
            let citations = entries.compactMap { if case .citation(let value) = $0 { value } else { nil } }
            let worded = citations.compactMap { citation in
                citation.text.flatMap { around.contains($0.lowercased()) ? nil : Block.paragraph(Self.citation(citation, words: $0)) }
            }
            return worded
                + list(citations.filter { $0.text == nil && !around.contains($0.title.lowercased()) }.map(\.title))
        case .partners:
            return list(entries.compactMap { if case .partner(let value) = $0, !around.contains(value.name.lowercased()) { value.name } else { nil } })
        }
    }

    /// The citation's words when they name it, else its title followed by them.
    static func citation(_ citation: Citation, words: String) -> String {
        heading(words, prints: citation.title) ? words : "\(citation.title): \(words)"
    }
}
