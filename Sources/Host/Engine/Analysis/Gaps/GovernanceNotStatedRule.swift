import CorporateParenting

/// Governance facts the document never states, or states only as planned, proposed or unresolved.
struct GovernanceNotStatedRule: GapRule {
    static let description = GapRuleDescription(
        id: "governance-not-stated", severity: .warning,
        summary: "A governance fact the document does not state in place: the board, its chair, how often it meets, whether young people sit on it, youth groups and their ages."
    )

    func gaps(in context: GapContext) -> [Gap] {
        let governance = context.profile.governance
        guard let board = governance.board else {
            return [gap("board", context.none("The document describes no corporate parenting board"))]
                + participationGaps(governance, context)
        }
        let body = board.body, id = body.id.rawValue
        var gaps: [Gap] = []
        if body.status != .inPlace {
            gaps.append(gap(id, "The document gives the \(body.name) as \(body.status.analysisWords), not in place."))
        }
        if board.chair == nil && board.coChairs.isEmpty {
            gaps.append(gap("\(id).chair", board.chairsNotInPlace.isEmpty
                ? context.notSaid("who chairs the \(body.name)")
                : "The document names who chairs the \(body.name) only as not in place: \(board.chairsNotInPlace.joined(separator: "; "))."))
        }
        if body.meets == nil { gaps.append(gap("\(id).meets", context.notSaid("how often the \(body.name) meets"))) }
        switch board.youngPeople {
        case nil: gaps.append(gap("\(id).youngPeople", context.notSaid("whether young people sit on the \(body.name)")))
        case .inPlace?: break
        case let status?: gaps.append(gap("\(id).youngPeople", "Young people on the \(body.name) are \(status.analysisWords), not in place."))
        }
        return gaps + participationGaps(governance, context)
    }

    func participationGaps(_ governance: GovernanceReading, _ context: GapContext) -> [Gap] {
        let groups = governance.youthGroups
        guard !groups.isEmpty else { return [gap("youthGroups", context.none("The document names no youth participation group"))] }
        var gaps: [Gap] = []
        if !groups.contains(where: { $0.value.status == .inPlace }) {
            let named = groups.map { "\($0.value.name) (\($0.value.status.analysisWords))" }.joined(separator: "; ")
            gaps.append(gap("youthGroups", "The document names youth participation groups only as not in place: \(named)."))
        }
        for group in groups where group.value.ages == nil {
            let id = group.value.id
            // A group whose own groups give their ages (a children in care council and its age groups) is covered by them.
            let subGroupsGiveAges = groups.contains { ($0.body == id || $0.value.partOf == id) && $0.value.ages != nil }
            if !subGroupsGiveAges { gaps.append(gap(id.rawValue, context.notSaid("the ages \"\(group.value.name)\" covers"))) }
        }
        return gaps
    }
}
