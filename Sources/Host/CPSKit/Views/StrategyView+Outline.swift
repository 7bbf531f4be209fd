import CorporateParenting
import CPSEngine

extension StrategyView {
    /// One entry of the outline and everything under it: sections, items and bodies as headings one level below
    /// what holds them (an item whose section heading already prints its title shares that heading), everything
    /// else as a labelled value in the run of fields it belongs to.
    func show(_ entry: Entry, level: Int, heading: String? = nil, into run: inout BlockRun) {
        switch entry {
        case .section(let section):
            run.append(.heading(section.heading, level: level))
            switch section.capture {
            case .partial?: run.append(.note("Partly captured: the pack holds only part of what is printed under this heading."))
            case .none?: run.append(.note("Not captured: the pack does not hold what is printed under this heading."))
            case .whole?, nil: break
            }
            for child in section.content { show(child, level: level + 1, heading: section.heading, into: &run) }
        case .item(let item):
            let shared = StrategyDocumentView.heading(heading, prints: item.title)
            if !shared { run.append(.heading(PackText.title(item), level: level)) }
            run.append(.fields(itemFields(item)))
            let inner = shared ? (level, heading) : (level + 1, PackText.title(item))
            for child in item.content { show(child, level: inner.0, heading: inner.1, into: &run) }
        case .body(let body):
            run.append(.heading(body.name, level: level))
            run.append(.fields(bodyFields(body)))
            for child in body.content { show(child, level: level + 1, heading: body.name, into: &run) }
        case .expectations(let set):
            run.add(Field("Expectations", set.title + (set.audience.map { " (for \($0))" } ?? "")))
            if !set.items.isEmpty { run.append(.list(set.items)) }
        default:
            if let field = field(entry) { run.add(field) }
        }
    }

    func itemFields(_ item: Item) -> [Field] {
        var fields = [Field("Level", PackText.name(item.level) + (item.number.map { ", number \($0)" } ?? "")), Field("Id", item.id.rawValue)]
        fields += item.mappings.map { Field(PackText.basis($0.basis), PackText.mapping($0, framework: framework)) }
        fields += item.alternateTitles.map { wording in
            Field("Also printed as", "“\(wording.text)”" + (wording.section.map { " (\(sourceName($0)))" } ?? ""))
        }
        for body in index.bodies where body.value.serves.contains(item.id) {
            fields.append(Field("Served by", "\(body.value.name) (\(body.value.id))"))
        }
        if item.cutOff == true { fields.append(Field("Capture", "cut off")) }
        return fields
    }

    func bodyFields(_ body: Body) -> [Field] {
        var fields = [Field("Kind", PackText.name(body.kind)), Field("Id", body.id.rawValue), Field("Status", PackText.name(body.status))]
        fields += body.roles.map { Field(PackText.name($0.title), PackText.held($0.holder, status: $0.status, wording: $0.wording)) }
        if !body.members.isEmpty { fields.append(Field("Members", body.members.joined(separator: "; "))) }
        if let audience = body.audience { fields.append(Field("For", audience)) }
        if let ages = body.ages { fields.append(Field("Ages", ages.description)) }
        fields.append(Field("Meets", body.meets.map(PackText.meets) ?? Absent.notStated))
        fields += body.reportsTo.map { line in
            let name = line.body.map(bodyName) ?? line.name ?? Absent.notStated
            return Field("Reports to", PackText.held(name, status: line.status, wording: line.wording))
        }
        if let parent = body.partOf { fields.append(Field("Part of", bodyName(parent))) }
        if !body.serves.isEmpty { fields.append(Field("Serves", body.serves.map(itemName).joined(separator: "; "))) }
        if !body.themes.isEmpty { fields.append(Field("Themes", body.themes.joined(separator: "; "))) }
        fields += body.remit.map { Field("Remit", $0) }
        fields += body.mappings.map { Field(PackText.basis($0.basis), PackText.mapping($0, framework: framework)) }
        return fields
    }

    /// The labelled value an entry that is not a heading is shown as; each detail on a line of its own.
    func field(_ entry: Entry) -> Field? {
        func lines(_ first: String, _ rest: [String]) -> String { ([first] + rest).joined(separator: "\n") }
        switch entry {
        case .draft(let draft):
            return field(draft.entry)
        case .narrative(let narrative):
            return Field(PackText.name(narrative.kind), narrative.text + (narrative.cutOff == true ? " (cut off)" : ""))
        case .action(let action):
            return Field(PackText.name(action.kind), lines(action.text, actionDetails(action)))
        case .evidence(let evidence):
            return Field(PackText.name(evidence.kind), lines(evidence.text, evidenceDetails(evidence)))
        case .localPrinciple(let principle):
            let text = principle.name + (principle.text.map { ": \($0)" } ?? "")
            return Field("Local principle", lines(text, PackText.mappingLines(principle.mappings, framework: framework)))
        case .definition(let definition):
            return Field("Definition", "\(definition.term): \(definition.text)")
        case .scope(let scope):
            let details = PackText.scopeDetails(scope)
            return Field("Scope", lines(scope.text ?? details, scope.text == nil || details.isEmpty ? [] : [details]))
        case .citation(let citation):
            return Field(PackText.name(citation.kind), citation.title + (citation.text.map { ": “\($0)”" } ?? ""))
        case .coproduction(let coproduction):
            var details = [coproduction.who.map { "who: \($0)" }, coproduction.count.map { "how many: \($0)" },
                           coproduction.how.map { "how: \($0)" }].compactMap { $0 }
            details = details.isEmpty ? [] : [details.joined(separator: "; ")]
            return Field("Co-production", lines(coproduction.text, details + PackText.mappingLines(coproduction.mappings, framework: framework)))
        case .partner(let partner):
            return Field("Partner", partner.name)
        case .signatory(let signatory):
            return Field("Signatory", [signatory.name, signatory.role].compactMap { $0 }.joined(separator: ", "))
        case .section, .item, .body, .expectations:
            return nil
        }
    }
}
