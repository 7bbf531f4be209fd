import BuiltInAuthorities
import CorporateParenting
@testable import CPSKit
import Testing

@Suite struct GapRuleTests {
    let framework = OutcomeFramework.standard

    func gaps(_ pack: AuthorityPack, asOf: String = "2026-11-23") -> [Gap] {
        GapRuleRegistry.gaps(in: GapContext(profile: PackProfile(pack, framework: framework), asOf: PartialDate(asOf)!, framework: framework))
    }

    @Test func findsEachKindOfGap() {
        let alpha = gaps(AnalysisFixtures.alpha)
        #expect(alpha.filter { $0.rule == "principle-unserved" }.map(\.subject) == ["4", "5", "7"])
        #expect(alpha.contains { $0.rule == "period-ended" && $0.message == "The strategy's period ended in 2025, before 2026-11-23." })
        #expect(alpha.filter { $0.rule == "measure-without-target" }.map(\.subject) == ["moves", "local", "missing"])
        #expect(alpha.filter { $0.rule == "domain-without-measure" }.map(\.subject) == ["voice", "education", "relationships", "adulthood", "governance"])
        #expect(alpha.filter { $0.rule == "priority-without-measure" }.isEmpty)
        #expect(alpha.filter { $0.rule == "governance-not-stated" }.isEmpty)

        let beta = gaps(AnalysisFixtures.beta)
        #expect(beta.contains { $0.rule == "period-not-stated" && $0.subject == "strategy.period.end" })
        #expect(beta.contains { $0.rule == "priority-without-measure" && $0.subject == "leaving" })
        #expect(beta.contains { $0.rule == "governance-not-stated" && $0.message == "The document describes no corporate parenting board." })
        #expect(beta.contains { $0.rule == "inconsistency" && $0.message == "The document contradicts itself: title." })
    }

    @Test func judgesPeriodsOnTheGivenDate() {
        #expect(!gaps(AnalysisFixtures.alpha, asOf: "2025-12-31").contains { $0.rule == "period-ended" })
        #expect(gaps(AnalysisFixtures.alpha, asOf: "2026-01-01").contains { $0.rule == "period-ended" })
    }

    @Test func leicestershiresReviewDatePassed() throws {
        let pack = try #require(BuiltInRegistry.packs.first { $0.id == "leicestershire" })
        #expect(gaps(pack).contains { $0.rule == "review-date-passed" && $0.message.contains("2022-08") })
        #expect(!gaps(pack, asOf: "2022-08-31").contains { $0.rule == "review-date-passed" })
    }

    @Test func lancashireNeverSaysHowOftenItsBoardMeets() throws {
        let pack = try #require(BuiltInRegistry.packs.first { $0.id == "lancashire" })
        #expect(gaps(pack).contains { $0.subject == "governance.board.meetingFrequency" })
    }

    @Test func ruleIDsAreUnique() {
        let ids = GapRuleRegistry.rules.map { $0.description.id }
        #expect(Set(ids).count == ids.count)
    }
}
