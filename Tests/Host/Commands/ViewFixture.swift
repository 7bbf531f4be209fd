import CorporateParenting
import CPSEngine
import CPSKit

/// A small pack in the DSL for whole-output tests of `cps show` and `cps render`: two sections, a priority with two
/// aims, a commitment with an owner and a timeline, a metric with a figure, and a board a young person will join.
enum ViewFixture {
    static let pack = AuthorityPack(
        id: "fixture", name: "Fixture Council", ons: "E06000099", dfe: "999", region: "North West",
        document: StrategyDocument(title: "Corporate Parenting Strategy", period: .years(2024, 2026),
                                   reviewDate: PartialDate(year: 2025, month: 3))
    ) {
        Section("Our priorities") {
            Context("Our priorities were chosen with our children in care council.")
            Section("Priority 1: Being Heard") {
                Priority("being-heard", "Being Heard", label: "Priority 1", number: 1, principles: [2, 3], domains: [.voice]) {
                    Aim("Every child's voice shapes the plans made for them.")
                    Aim("Young people sit at the table when services are designed.")
                    Commitment("Ask every child for their views before their review.",
                               owner: "Participation Officer", timeline: "March 2025")
                    Metric("Children who say they were listened to at their review", purpose: .monitor, unit: .percent,
                           target: Target(90, .percent, "90% of children say they were listened to"),
                           figures: [Figure(72, .percent, kind: .share, group: "children in care aged 11-17", period: "2023")])
                }
            }
        }
        Section("Governance") {
            Body(.board, "corporate-parenting-board", "Corporate Parenting Board",
                 roles: [.chair("Lead Member for Children's Services"),
                         .member("a young person", status: .planned, wording: "will join the board")],
                 meets: .quarterly)
        }
    }

    static let authority = LoadedAuthority(pack: pack, origin: .pack(path: "fixture.json"))
}
