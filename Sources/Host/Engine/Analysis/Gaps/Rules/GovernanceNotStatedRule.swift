import CorporateParenting

/// Governance facts the document never states, or states only as planned or proposed.
struct GovernanceNotStatedRule: GapRule {
    static let description = CheckDescription(
        id: "governance-not-stated", name: "Governance not stated", severity: .warning,
        summary: "The document states in place a corporate parenting board, who chairs it, how often it meets, that young people sit on it, and a youth participation group with its ages (a fact it gives as unresolved is governance-unresolved's).",
        triggering: [
            CheckExample("sections[2].content[0].body.meets", "null"),
            CheckExample("sections[2].content[0].body.kind", #""workingGroup""#),
            CheckExample("sections[2].content[0].body.roles[0].status", #""planned""#),
        ],
        nonTriggering: [CheckExample("sections[2].content[0].body.roles[0].status", #""unresolved""#)]
    )

    func gaps(in context: GapContext) -> [Gap] {
        let governance = context.profile.governance
        guard let board = governance.board else {
            return [absent("board", .noBoard, context)] + participationGaps(governance, context)
        }
        let body = board.body, id = body.id.rawValue, name = body.name
        var gaps: [Gap] = []
        if body.status == .planned || body.status == .proposed {
            gaps.append(gap(id, .boardNotInPlace(board: name, status: body.status)))
        }
        if board.chair == nil && board.coChairs.isEmpty {
            // Chairs given as unresolved are governance-unresolved's; planned or proposed ones are named here.
            let chairs = body.roles.filter { $0.title == .chair || $0.title == .coChair }
            let pending = chairs.filter { $0.status.weakest(body.status) != .unresolved }
            if !pending.isEmpty {
                let named = pending.map { GapFinding.StatusNote(name: $0.holder, status: $0.status.weakest(body.status)) }
                gaps.append(gap("\(id).chair", .chairNotInPlace(board: name, chairs: named)))
            } else if chairs.isEmpty {
                gaps.append(absent("\(id).chair", .chairNotStated(board: name), context))
            }
        }
        if body.meets == nil { gaps.append(absent("\(id).meets", .meetingsNotStated(board: name), context)) }
        switch board.youngPeople {
        case nil: gaps.append(absent("\(id).youngPeople", .youngPeopleNotStated(board: name), context))
        case .inPlace?, .unresolved?: break
        case let status?: gaps.append(gap("\(id).youngPeople", .youngPeopleNotInPlace(board: name, status: status)))
        }
        return gaps + participationGaps(governance, context)
    }

    func participationGaps(_ governance: GovernanceReading, _ context: GapContext) -> [Gap] {
        let groups = governance.youthGroups
        guard !groups.isEmpty else { return [absent("youthGroups", .noYouthGroup, context)] }
        var gaps: [Gap] = []
        if !groups.contains(where: { $0.value.status == .inPlace }) {
            let named = groups.map { GapFinding.StatusNote(name: $0.value.name, status: $0.value.status) }
            gaps.append(gap("youthGroups", .youthGroupsNotInPlace(groups: named), items: groups.map(\.value.id.rawValue)))
        }
        let withoutAges = groups.filter { group in
            let id = group.value.id
            // A group whose own groups give their ages (a children in care council and its age groups) is covered by them.
            return group.value.ages == nil && !groups.contains { ($0.body == id || $0.value.partOf == id) && $0.value.ages != nil }
        }
        if !withoutAges.isEmpty {
            gaps.append(absent("youthGroups.ages", .agesNotStated(groups: withoutAges.map(\.value.name)), context,
                               items: withoutAges.map(\.value.id.rawValue)))
        }
        return gaps
    }
}
