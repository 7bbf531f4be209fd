import CorporateParenting

/// A pack with every field of the model set, so the schema and the coding are checked against all of it.
enum FullPackFixture {
    static let pack: AuthorityPack = {
        var pack = AuthorityPack(id: "full", name: "Full Council", ons: "E06000098", dfe: "998", region: "North West") {
            Section("Cover") {
                Strategy("Corporate Parenting Strategy", subtitle: "Every field", period: .years(2024, 2027),
                         reviewDate: PartialDate(year: 2025, month: 9), approved: PartialDate(year: 2024, month: 3, day: 1),
                         status: "Draft", owner: "Head of Service", document: "Full Council, 2024")
                Vision("A vision.")
                Mission("A mission.")
                Value("A value.")
                LocalPrinciple("A right.")
                Voice("A voice.")
                Challenge("A challenge.")
                Legislation("An act.")
                Signatory(name: "A Name", role: "A Role")
            }
            Section("Priorities") {
                Priority("voice", "Voice", number: 1, principles: [2, 3], domains: [.voice]) {
                    Aim("An aim.")
                    Vision("A priority vision.")
                    Commitment(.practice, "A practice.")
                    Challenge("A priority challenge.")
                    Partner("A partner")
                    Outcome("An outcome") {
                        Measure("sdq", "SDQ", standard: "sdq-completion", unit: .percent, domain: .health, definition: "A definition.", frequency: "quarterly") {
                            Target(95, .percent, "95%", by: PartialDate(year: 2026))
                            Baseline(80, .percent, period: "2023", "80% in 2023")
                            Observation(88, .percent, .region, area: "North West", period: "2024", qualifier: "about", note: "A note.")
                        }
                    }
                    Measure("direction", "Fewer moves", purpose: .context) { Target(.decrease, "Fewer") }
                }
            }
            Section("Objectives") {
                Objective("obj", "An objective", number: 1, priority: "voice", principles: [1], domains: [.governance]) {
                    Aim("An objective aim.")
                }
            }
            Section("Governance") {
                Pledge("pledge", "A pledge", audience: "Children", summary: "A summary.") { Promise("A promise", details: ["A detail"]) }
                WorkingGroup("group", "A group", kind: .subGroup, chair: "A chair", priorities: ["voice", "obj"], members: ["A member"],
                             remit: "A remit.", meets: .monthly, reportsTo: "The board")
                Board("Corporate Parenting Board", chair: "A chair", coChairs: ["A co-chair"], meets: .quarterly, members: ["A member"],
                      responsibilities: ["A duty"], youngPeopleOnBoard: true, youngPeopleCoChair: false, reportsTo: "Cabinet")
                ParticipationGroup("cicc", "A council", audience: "Children in care", ages: .between(7, 13), meets: .monthly,
                                   partOf: "Another", sitsOnBoard: true, description: "A description.")
                Arrangement("An arrangement.")
            }
            Section("Figures") {
                Measure("wide", "A strategy-wide measure", unit: "times")
                CohortFigure("children in care", 600, qualifier: "over", asAt: PartialDate(year: 2024, month: 3, day: 31), period: "31 March 2024")
                LocalOffer("An offer.")
                ExpectationSet("Expectations", audience: "Members", items: ["An item"])
            }
            Inconsistency("A topic", Statement("One", source: "A"), Statement("Two", source: "B"))
        }
        pack.strategy.source = "Cover"
        return pack
    }()
}
