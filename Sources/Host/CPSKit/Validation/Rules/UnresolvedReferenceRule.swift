import CorporateParenting

/// A working group or objective refers to a priority that does not exist.
struct UnresolvedReferenceRule: ValidationRule {
    static let description = RuleDescription(
        id: "unresolved-reference", name: "Reference to a missing priority", severity: .error,
        summary: "Working groups' priorities and objectives' priority name priorities or objectives of the pack.",
        example: RuleExample("workingGroups[0].priorities", "[\"no-such-priority\"]")
    )

    func check(_ input: ValidationInput) -> [Finding] {
        let ids = input.facts.ids.itemIDs
        var findings: [Finding] = []
        for (g, group) in input.pack.workingGroups.enumerated() {
            for (index, id) in group.priorities.enumerated() where !ids.contains(id) {
                findings.append(finding("workingGroups[\(g)].priorities[\(index)]", "\"\(group.name)\" drives \"\(id)\", but no priority or objective has that id."))
            }
        }
        for (o, objective) in input.pack.objectives.enumerated() {
            if let id = objective.priority, !input.pack.priorities.contains(where: { $0.id == id }) {
                findings.append(finding("objectives[\(o)].priority", "\"\(objective.title)\" sits under \"\(id)\", but no priority has that id."))
            }
        }
        return findings
    }
}
