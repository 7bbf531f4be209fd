import CorporateParenting

/// Governance the document leaves open: a body or role it gives as unresolved, or a contradiction about it.
struct GovernanceUnresolvedRule: GapRule {
    static let description = CheckDescription(
        id: "governance-unresolved", name: "Governance unresolved", severity: .warning,
        summary: "The document leaves none of its governance open: no body or role given as unresolved (\"need to clarify who chairs the board\"), and no contradiction about a body, a chair or the board recorded in the pack.",
        triggering: [
            CheckExample("sections[2].content[0].body.roles[0].status", #""unresolved""#),
            CheckExample("sections[2].content[1].body.status", #""unresolved""#),
            CheckExample("inconsistencies", InconsistencyRule.example("Who chairs the Corporate Parenting Board")),
        ],
        nonTriggering: [
            CheckExample("sections[2].content[0].body.roles[0].status", #""planned""#),
            CheckExample("inconsistencies", InconsistencyRule.example("How many children are in care")),
        ]
    )

    func gaps(in context: GapContext) -> [Gap] {
        var gaps: [Gap] = []
        for placed in context.profile.index.bodies {
            let body = placed.value
            if body.status == .unresolved {
                gaps.append(gap(body.id.rawValue, .bodyUnresolved(body: body.name)))
                continue
            }
            let open = body.roles.filter { $0.status == .unresolved }
            if !open.isEmpty {
                gaps.append(gap(body.id.rawValue, .rolesUnresolved(body: body.name, roles: open)))
            }
        }
        for inconsistency in context.profile.pack.inconsistencies where context.isAboutGovernance(inconsistency) {
            gaps.append(gap("inconsistencies", .governanceContradicted(topic: inconsistency.topic)))
        }
        return gaps
    }
}
