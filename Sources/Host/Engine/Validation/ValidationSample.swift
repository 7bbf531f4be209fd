import CorporateParenting

/// A small, clean pack every rule's example breaks in one place (see ``CheckDescription/triggering``).
public enum ValidationSample {
    /// The pack: two priorities, a commitment with an owner, a monitored metric, a board, a working group and a
    /// youth group.
    public static let pack = AuthorityPack(
        id: "example", name: "Example Council", ons: "E06000009", dfe: "890", region: "North West",
        document: StrategyDocument(title: "Corporate Parenting Strategy", period: .years(2024, 2027), capture: .whole)
    ) {
        Section("Our priorities", id: "priorities") {
            Priority("voice", "Being heard", number: 1, principles: [2, 3], domains: [.voice]) {
                Aim("Every child in our care is heard.")
                Commitment("Ask every child how they want to be involved in their review.", owner: "Participation Officer")
                Metric("sdq-completion", "SDQs completed", purpose: .monitor, standard: "sdq-completion", unit: .percent,
                       target: Target(95, .percent, "95% of SDQs completed"),
                       figures: [Figure(88, .percent, kind: .share, period: "2024")])
            }
            Priority("homes", "Safe and stable homes", number: 2, principles: [1, 6], domains: [.homes])
        }
        Section("Governance", id: "governance") {
            Body(.board, "board", "Corporate Parenting Board", roles: [.chair("Lead Member for Children's Services")],
                 meets: .quarterly)
            Body(.workingGroup, "voice-group", "Voice working group", roles: [.chair("Participation Officer")],
                 reportsTo: [Reporting("board")], serves: ["voice"])
            Body(.youthGroup, "cicc", "Children in Care Council", ages: .between(11, 17), meets: .monthly,
                 mappings: [Mapping(principles: [2], domains: [.voice], basis: .judged)])
        }
    }
}
