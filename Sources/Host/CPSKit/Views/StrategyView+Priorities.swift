import CorporateParenting

extension StrategyView {
    var prioritiesBlocks: [Block] {
        guard !pack.priorities.isEmpty else { return [.heading("Priorities", level: 1), .paragraph("The document names no priorities.")] }
        return [.heading("Priorities (\(pack.priorities.count))", level: 1)] + pack.priorities.flatMap { itemBlocks($0) }
    }

    var objectivesBlocks: [Block] {
        guard !pack.objectives.isEmpty else { return [] }
        return [.heading("Objectives (\(pack.objectives.count))", level: 1)] + pack.objectives.flatMap { itemBlocks($0) }
    }

    func itemBlocks(_ item: any StrategyItem) -> [Block] {
        let numbered = item.number.map { "\($0). \(item.title)" } ?? item.title
        var fields = [
            Field("Id", item.id),
            Field("Principles", principleNames(item.principles)),
            Field("Domains", domainNames(item.domains)),
        ]
        if let objective = item as? Objective {
            fields.append(Field("Under priority", objective.priority ?? "not stated by the document"))
        }
        let groups = pack.workingGroups.filter { $0.priorities.contains(item.id) }
        for group in groups {
            fields.append(Field("Driven by", group.name + (group.chair.map { " (chair: \($0))" } ?? "")))
        }
        var blocks: [Block] = [.heading(numbered, level: 2), .fields(fields)]
        let aim = (item as? Priority)?.aim ?? (item as? Objective)?.aim
        let vision = (item as? Priority)?.vision ?? (item as? Objective)?.vision
        if let aim { blocks.append(.paragraph(aim.text)) }
        if let vision { blocks += [.heading("Vision", level: 3), .paragraph(vision.text)] }
        let challenges = (item as? Priority)?.challenges ?? (item as? Objective)?.challenges ?? []
        if !challenges.isEmpty { blocks += [.heading("Challenges", level: 3), .list(challenges.map(\.text))] }
        for kind in CommitmentKind.allCases {
            let commitments = item.commitments.filter { $0.kind == kind }
            guard !commitments.isEmpty else { continue }
            blocks += [.heading("\(kind.heading) (\(commitments.count))", level: 3), .list(commitments.map(\.text))]
        }
        if !item.outcomes.isEmpty {
            blocks += [.heading("Outcomes (\(item.outcomes.count))", level: 3), .list(item.outcomes.map(outcomeLine))]
        }
        if !item.measures.isEmpty {
            blocks += [.heading("Measures (\(item.measures.count))", level: 3), .list(item.measures.map(measureLine))]
        }
        let partners = (item as? Priority)?.partners ?? (item as? Objective)?.partners ?? []
        if !partners.isEmpty { blocks.append(.fields([Field("Partners", partners.joined(separator: "; "))])) }
        blocks.append(.note("Source: \(item.source)"))
        return blocks
    }

    func outcomeLine(_ outcome: Outcome) -> String {
        guard !outcome.measures.isEmpty else { return outcome.statement }
        return outcome.statement + "\n" + outcome.measures.map { "  measured by: " + measureLine($0) }.joined(separator: "\n")
    }

    /// "Title [standard-id] (target: ...; figures: ...)".
    func measureLine(_ measure: Measure) -> String {
        var text = measure.title
        if let standard = measure.standardMeasure { text += " [\(standard.rawValue)]" }
        var details: [String] = []
        if let target = measure.target { details.append("target: \(target.display)") }
        if let baseline = measure.baseline { details.append("baseline: \(baseline.wording)") }
        if !measure.observations.isEmpty {
            details.append(measure.observations.map(\.display).joined(separator: "; "))
        }
        if !details.isEmpty { text += " (" + details.joined(separator: "; ") + ")" }
        return text
    }
}

extension CommitmentKind {
    /// The heading commitments of this kind are shown under.
    var heading: String {
        switch self {
        case .aim: "Key actions"
        case .action: "We will"
        case .improvement: "What we need to improve"
        case .practice: "What this means in practice"
        }
    }
}

extension Target {
    /// "100%" or "decrease", with its wording.
    var display: String {
        if let value { return NumberFormat.withUnit(value, unit) + " (\"\(wording)\")" }
        if let direction { return direction.rawValue + " (\"\(wording)\")" }
        return "\"\(wording)\""
    }
}

extension Target {
    /// "100%", "decrease", or the wording when it gives neither.
    var short: String {
        value.map { NumberFormat.withUnit($0, unit) } ?? direction?.rawValue ?? wording
    }
}

extension Observation {
    /// "137 per 10,000 (England, 31 March 2018)".
    var display: String {
        let value = (qualifier.map { $0 + " " } ?? "") + NumberFormat.withUnit(self.value, unit)
        let whose = area ?? scope.display
        return value + " (" + ([whose] + [period].compactMap { $0 }).joined(separator: ", ") + ")"
    }
}

extension Scope {
    /// "the council", "England", "the region", "statistical neighbours", "another authority".
    var display: String {
        switch self {
        case .authority: "the council"
        case .england: "England"
        case .region: "the region"
        case .statisticalNeighbours: "statistical neighbours"
        case .otherAuthority: "another authority"
        }
    }
}
