import CorporateParenting

/// A small strategy no gap rule finds anything in on ``asOf``; every gap rule's examples change it in one place
/// (see ``CheckDescription/triggering``).
public enum GapSample {
    /// The date the examples are judged on.
    public static let asOf = PartialDate(year: 2026, month: 6, day: 30)!

    /// The pack: a pledge serving every principle and domain, with a promise, a commitment with an owner and a
    /// timeline and a metric with a target; an item of the care leavers' local offer; a board in place with its
    /// chair, meetings and young people; and a youth group with its ages.
    public static let pack = AuthorityPack(
        id: "example", name: "Example Council", ons: "E06000009", dfe: "890", region: "North West",
        document: StrategyDocument(title: "Corporate Parenting Strategy", period: .years(2024, 2027),
                                   reviewDate: PartialDate(year: 2027, month: 3), capture: .whole)
    ) {
        Section("Our pledge", id: "pledge") {
            Pledge("pledge", "Our pledge to you", principles: [1, 2, 3, 4, 5, 6, 7],
                   domains: [.voice, .homes, .health, .education, .relationships, .safety, .adulthood, .governance, .workforce]) {
                Promise("We will always listen to you.")
                Commitment("Ask every child how they want to be involved in their review.", owner: "Participation Officer",
                           timeline: "March 2025")
                Metric("reviews", "Children who took part in their review", purpose: .monitor, unit: .percent,
                       target: Target(95, .percent, "95% of children take part in their review"))
            }
        }
        Section("Leaving care", id: "leaving-care") {
            Offer("Care leavers travel free on the council's buses until they are 25.")
        }
        Section("Governance", id: "governance") {
            Body(.board, "board", "Corporate Parenting Board", roles: [.chair("Lead Member for Children's Services"),
                 .member("two young people in care")], meets: .quarterly)
            Body(.youthGroup, "cicc", "Children in Care Council", ages: .between(11, 17), meets: .monthly)
        }
    }
}
