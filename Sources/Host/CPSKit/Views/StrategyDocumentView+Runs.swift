import CorporateParenting
import CPSEngine

extension StrategyDocumentView {
    /// Actions as a list of their text, or, when every one carries a timeline, due date, expected outcome or status
    /// (an action plan's rows), as a table with the columns the pack fills.
    func actionBlocks(_ actions: [Action]) -> [Block] {
        let planned = actions.allSatisfy { $0.timeline != nil || $0.due != nil || $0.expectedOutcome != nil || $0.status != nil }
        guard planned else { return [.list(actions.map(\.text))] }
        let columns: [(String, (Action) -> String?)] = [
            ("Action", { $0.text }),
            ("Owner", { $0.owner }),
            ("Timeline", { $0.timeline ?? $0.due?.description }),
            ("Expected outcome", { $0.expectedOutcome }),
            ("Status", { $0.status.map(PackText.status) }),
        ]
        return [table(actions, columns)]
    }

    /// Evidence quoted as context as the prose it is; evidence the strategy monitors as a list of its text, or, when a
    /// monitored metric carries a baseline, target or figures, as a table: the
    /// baseline and target in the document's words, the figures with what is printed with them.
    func evidenceBlocks(_ evidence: [Evidence]) -> [Block] {
        // Figures quoted as context are prose that already prints them.
        if evidence.allSatisfy({ $0.purpose == .context }) { return evidence.map { .paragraph($0.text) } }
        let measured = evidence.contains { $0.kind == .metric && $0.purpose == .monitor && ($0.target != nil || $0.baseline != nil || !$0.figures.isEmpty) }
        guard measured else { return [.list(evidence.map(\.text))] }
        let columns: [(String, (Evidence) -> String?)] = [
            ("Measure", { $0.text }),
            ("Baseline", { $0.baseline.map(\.wording) }),
            ("Target", { $0.target.map(\.wording) }),
            ("Figures", { $0.figures.isEmpty ? nil : $0.figures.map { PackText.figure($0, printed: true) }.joined(separator: "\n") }),
        ]
        return [table(evidence, columns)]
    }

    /// A table of `rows` with only the columns at least one row fills (the first column always).
    func table<Row>(_ rows: [Row], _ columns: [(String, (Row) -> String?)]) -> Block {
        let kept = columns.enumerated().filter { offset, column in offset == 0 || rows.contains { column.1($0) != nil } }.map(\.element)
        return .table(Table(columns: kept.map(\.0), rows: rows.map { row in kept.map { $0.1(row) ?? "" } }))
    }

    /// A body's facts whose words the text of its own section (as the pack holds it) does not already print: a role,
    /// its meetings, whom it reports to, its members and remit, each with any status other than in place.
    func bodyBlocks(_ body: Body, heading: String?) -> [Block] {
        let around = textAroundBody[body.id] ?? ""
        func isPrinted(_ text: String) -> Bool { around.contains(text.lowercased()) }
        var fields: [Field] = []
        for role in body.roles where !isPrinted(role.wording ?? role.holder) {
            fields.append(Field(PackText.name(role.title), PackText.held(role.holder, status: role.status, wording: role.wording)))
        }
        if let meets = body.meets, !isPrinted(meets.wording) { fields.append(Field("Meets", meets.wording)) }
        for line in body.reportsTo {
            let name = line.body.flatMap { bodyNames[$0] } ?? line.name
            if let name, !isPrinted(line.wording ?? name) { fields.append(Field("Reports to", PackText.held(name, status: line.status, wording: line.wording))) }
        }
        let members = body.members.filter { !isPrinted($0) }
        if !members.isEmpty { fields.append(Field("Members", members.joined(separator: "; "))) }
        fields += body.remit.filter { !isPrinted($0) }.map { Field("Remit", $0) }
        guard !fields.isEmpty else { return [] }
        if !Self.heading(heading, prints: body.name) || body.status != .inPlace {
            let kind = PackText.name(body.kind)
            let name = PackText.held(body.name, status: body.status, wording: nil)
            fields.insert(Field(kind.prefix(1).uppercased() + kind.dropFirst(), name), at: 0)
        }
        return [.fields(fields)]
    }

    /// The text printed in `entries` and beneath them: headings, titles, narrative, actions, evidence...
    static func printed(_ entries: [Entry]) -> [String] {
        entries.flatMap { entry -> [String] in
            switch entry {
            case .section(let section): [section.heading] + printed(section.content)
            case .item(let item): [item.title] + item.alternateTitles.map(\.text) + printed(item.content)
            case .body(let body): [body.name] + printed(body.content)
            case .narrative(let narrative): [narrative.text]
            case .draft(let draft): printed([draft.entry])
            case .action(let action): [action.text]
            case .evidence(let evidence): [evidence.text]
            case .localPrinciple(let principle): [principle.name, principle.text].compactMap { $0 }
            case .definition(let definition): [definition.term, definition.text]
            case .scope(let scope): [scope.text].compactMap { $0 }
            case .citation(let citation): [citation.title, citation.text].compactMap { $0 }
            case .coproduction(let coproduction): [coproduction.text]
            case .partner(let partner): [partner.name]
            case .signatory(let signatory): [signatory.name, signatory.role].compactMap { $0 }
            case .expectations(let set): [set.title] + set.items
            }
        }
    }
}
