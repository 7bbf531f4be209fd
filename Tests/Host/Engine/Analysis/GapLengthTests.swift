import CorporateParenting
@testable import CPSEngine
@testable import CPSKit
import Testing

/// A longer document does not look worse merely by being longer: findings about many entries are one finding per
/// strategy, so the gaps of a strategy and of the same strategy ten times as long are the same rules, as many.
@Suite struct GapLengthTests {
    let framework = OutcomeFramework.standard

    /// A strategy of `count` priorities, each with a commitment without an owner and a metric without a target.
    func pack(_ count: Int) -> AuthorityPack {
        AuthorityPack(id: "long", name: "Long Council", document: StrategyDocument(title: "Strategy", period: .years(2024, 2027))) {
            Section("Priorities") {
                (1...count).map { number in
                    Entry.item(Priority(ID(rawValue: "p\(number)"), "Priority \(number)", principles: [2], domains: [.voice]) {
                        Commitment("Listen to children, time \(number).")
                        Metric(ID(rawValue: "m\(number)"), "Measure \(number)", purpose: .monitor)
                    })
                }
                Priority("homes", "Homes", principles: [6], domains: [.homes]) { Statement("I feel safe.") }
            }
        }
    }

    func gaps(_ pack: AuthorityPack) -> [Gap] {
        GapRuleRegistry.gaps(in: GapContext(profile: PackProfile(pack, framework: framework), asOf: PartialDate("2025-01-01")!, framework: framework))
    }

    @Test func tenTimesTheItemsGivesTheSameFindings() {
        let short = gaps(pack(3)), long = gaps(pack(30))
        #expect(short.count == long.count)
        #expect(short.map(\.rule) == long.map(\.rule))
        #expect(short.map(\.subject) == long.map(\.subject))
        // The longer one's findings list more entries, in full, in the same one finding.
        #expect(long.first { $0.rule == "measure-without-target" }?.items.count == 30)
        #expect(long.first { $0.rule == "priority-without-measure" }?.items == ["homes"])
        guard case let .actionsWithoutOwnerOrTimescale(withoutOwner, _, total, examples)? = long.first(where: { $0.rule == "action-without-owner" })?.finding else {
            Issue.record("no action finding"); return
        }
        #expect(withoutOwner == 30 && total == 30 && examples.count == 3)
        // The sentence names five metrics and counts the rest.
        #expect(long.first { $0.rule == "measure-without-target" }.map { GapSentence.message($0) }?.contains("\"Measure 5\" and 25 more.") == true)
    }
}
