import CorporateParenting

/// A small pack that every rule passes: the base each rule's example changes, in `cps validate --rules` and in
/// the rules' tests.
public enum ValidationSample {
    /// The clean pack.
    public static let pack = AuthorityPack(id: "example", name: "Example Council", ons: "E06000099", dfe: "999", region: "North West") {
        Section("Cover") {
            Strategy("Corporate Parenting Strategy", period: .years(2024, 2027))
        }
        Section("Priorities") {
            Priority("voice", "Being heard", number: 1, principles: [2, 3], domains: [.voice]) {
                Commitment("Ask every child how they want to be involved in their review.")
                Outcome("Children feel heard") {
                    Measure("sdq-completion", "SDQs completed", standard: "sdq-completion", unit: .percent) {
                        Target(95, .percent, "95% of SDQs completed")
                        Observation(88, .percent, period: "2024")
                    }
                }
            }
            Priority("homes", "Safe and stable homes", number: 2, principles: [1, 6], domains: [.homes])
        }
        Section("Governance") {
            WorkingGroup("voice-group", "Voice working group", chair: "Participation Officer", priorities: ["voice"])
            Board("Corporate Parenting Board", chair: "Lead Member for Children's Services", meets: .quarterly)
            ParticipationGroup("cicc", "Children in Care Council", ages: .between(11, 17), meets: .monthly)
        }
    }
}
