import CorporateParenting

extension StrategyView {
    var pledgesBlocks: [Block] {
        guard !pack.pledges.isEmpty else { return [] }
        var blocks: [Block] = [.heading("Pledges and promises (\(pack.pledges.count))", level: 1)]
        for pledge in pack.pledges {
            blocks.append(.heading(pledge.title, level: 2))
            var fields: [Field] = []
            if let audience = pledge.audience { fields.append(Field("Made to", audience)) }
            fields.append(Field("Promises", pledge.promises.isEmpty ? "named, but not set out in the document" : String(pledge.promises.count)))
            blocks.append(.fields(fields))
            if let summary = pledge.summary { blocks.append(.paragraph(summary)) }
            if !pledge.promises.isEmpty {
                blocks.append(.list(pledge.promises.map { promise in
                    ([promise.text] + promise.details.map { "  · " + $0 }).joined(separator: "\n")
                }))
            }
            blocks.append(.note("Source: \(pledge.source)"))
        }
        return blocks
    }

    var governanceBlocks: [Block] {
        var blocks: [Block] = [.heading("Governance", level: 1)]
        if let board = pack.governance.board {
            blocks += [.heading(board.name, level: 2), .fields(boardFields(board))]
            if !board.members.isEmpty { blocks += [.heading("Members (\(board.members.count))", level: 3), .list(board.members)] }
            if !board.responsibilities.isEmpty {
                blocks += [.heading("What it does (\(board.responsibilities.count))", level: 3), .list(board.responsibilities)]
            }
            blocks.append(.note("Source: \(board.source)"))
        } else {
            blocks.append(.paragraph("The document describes no corporate parenting board."))
        }
        if !pack.workingGroups.isEmpty {
            blocks.append(.heading("Working groups, partnerships and champions (\(pack.workingGroups.count))", level: 2))
            blocks.append(.table(Table(
                columns: ["Name", "Kind", "Chair", "Drives", "Meets"],
                rows: pack.workingGroups.map { group in
                    [group.name, group.kind.display, group.chair ?? "not stated", group.priorities.joined(separator: ", "), group.meetingFrequency ?? ""]
                }
            )))
            blocks += sourceNote(pack.workingGroups.map(\.source))
        }
        if !pack.governance.participation.isEmpty {
            blocks.append(.heading("Youth participation (\(pack.governance.participation.count))", level: 2))
            blocks.append(.table(Table(
                columns: ["Group", "For", "Ages", "Meets", "On the board"],
                rows: pack.governance.participation.map { group in
                    [group.name + (group.partOf.map { " (part of \($0))" } ?? ""), group.audience ?? "",
                     group.ageRange?.description ?? "not stated", group.meetingFrequency ?? "not stated", group.sitsOnBoard.display]
                }
            )))
            blocks += sourceNote(pack.governance.participation.map(\.source))
        }
        blocks += statements("Other arrangements", pack.governance.arrangements, level: 2)
        return blocks
    }

    func boardFields(_ board: Board) -> [Field] {
        var fields = [Field("Chair", board.chair ?? "not stated")]
        if !board.coChairs.isEmpty { fields.append(Field("Co-chairs", board.coChairs.joined(separator: "; "))) }
        let meets = board.meetingFrequency.map { wording in
            board.meetingsPerYear.map { "\(wording) (\($0) a year)" } ?? wording
        }
        fields.append(Field("Meets", meets ?? "not stated"))
        fields.append(Field("Young people on it", board.youngPeopleOnBoard.display))
        fields.append(Field("Young person co-chairs", board.youngPeopleCoChair.display))
        if let reportsTo = board.reportsTo { fields.append(Field("Reports to", reportsTo)) }
        return fields
    }

    var measuresBlocks: [Block] {
        let placed = pack.allMeasures
        guard !placed.isEmpty else { return [.heading("Measures", level: 1), .paragraph("The document sets no measures.")] }
        let table = Table(
            columns: ["Measure", "Under", "Standard measure", "Target", "Figures"],
            rows: placed.map { item in
                let measure = item.measure
                return [measure.title, item.itemID ?? "strategy-wide", measure.standardMeasure?.rawValue ?? "",
                        measure.target?.display ?? "", measure.observations.map(\.display).joined(separator: "; ")]
            }
        )
        return [.heading("Measures and figures (\(placed.count))", level: 1), .table(table)]
    }

    var cohortBlocks: [Block] {
        var blocks: [Block] = []
        if !pack.cohort.isEmpty {
            blocks.append(.heading("Children and young people", level: 1))
            blocks.append(.list(pack.cohort.map { figure in
                let date = figure.asAt.map { "as at \($0)" } ?? figure.period
                return (figure.qualifier.map { $0 + " " } ?? "") + NumberFormat.plain(Double(figure.count)) + " " + figure.group
                    + (date.map { " (\($0))" } ?? "")
            }))
            blocks += sourceNote(pack.cohort.map(\.source))
        }
        blocks += statements("Local offer", pack.localOffer)
        return blocks
    }

    var expectationsBlocks: [Block] {
        guard !pack.expectations.isEmpty else { return [] }
        var blocks: [Block] = [.heading("What corporate parents are asked to do", level: 1)]
        for set in pack.expectations {
            blocks.append(.heading(set.title + (set.audience.map { " (\($0))" } ?? ""), level: 2))
            blocks.append(.list(set.items))
            blocks.append(.note("Source: \(set.source)"))
        }
        return blocks
    }

    var legislationBlocks: [Block] {
        statements("Legislation and guidance", pack.strategy.legislation)
    }

    var inconsistencyBlocks: [Block] {
        guard !pack.inconsistencies.isEmpty else { return [] }
        var blocks: [Block] = [.heading("Where the document contradicts itself (\(pack.inconsistencies.count))", level: 1)]
        for inconsistency in pack.inconsistencies {
            blocks.append(.heading(inconsistency.topic, level: 2))
            blocks.append(.list(inconsistency.statements.map { "\"\($0.text)\" (\($0.source))" }))
        }
        return blocks
    }
}

extension Optional where Wrapped == Bool {
    /// "yes", "no" or "not stated".
    var display: String {
        switch self {
        case true?: "yes"
        case false?: "no"
        case nil: "not stated"
        }
    }
}

extension WorkingGroupKind {
    /// "working group", "sub-group", ...
    var display: String {
        switch self {
        case .workingGroup: "working group"
        case .subGroup: "sub-group"
        case .partnership: "partnership"
        case .panel: "panel"
        case .champion: "champion"
        case .lead: "lead"
        }
    }
}
