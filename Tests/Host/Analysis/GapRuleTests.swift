import BuiltInAuthorities
import CorporateParenting
@testable import CPSEngine
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
        // Figures quoted as context are never asked for a target.
        #expect(alpha.filter { $0.rule == "measure-without-target" }.map(\.subject) == ["moves", "local", "missing"])
        #expect(alpha.filter { $0.rule == "domain-without-measure" }.map(\.subject) == ["voice", "education", "relationships", "adulthood", "governance", "workforce"])
        #expect(alpha.contains { $0.subject == "education" && $0.message == "No metric the strategy monitors evidences the education and aspiration domain (it quotes a figure in it as context only), and none of its priorities serves it." })
        #expect(alpha.filter { $0.rule == "priority-without-measure" }.isEmpty)
        #expect(alpha.filter { $0.rule == "governance-not-stated" }.isEmpty)

        let beta = gaps(AnalysisFixtures.beta)
        #expect(beta.contains { $0.rule == "period-not-stated" && $0.subject == "document.period.end" && $0.message == "The document does not say when the strategy ends." })
        #expect(beta.filter { $0.rule == "priority-without-measure" }.map(\.message) == [
            "Objective \"Voice\" has no metric the strategy monitors.",
            "Objective \"Staying near\" has no metric the strategy monitors.",
            "Priority \"Leaving care\" has no metric the strategy monitors.",
        ])
        #expect(beta.contains { $0.rule == "principle-unserved" && $0.message.hasPrefix("None of the strategy's priorities or objectives serves principle 1,") })
        #expect(beta.contains { $0.rule == "governance-not-stated" && $0.message == "The document describes no corporate parenting board." })
        #expect(beta.contains { $0.rule == "governance-not-stated" && $0.message == "The document names no youth participation group." })
        #expect(beta.contains { $0.rule == "inconsistency" && $0.message == "The document contradicts itself: title." })
    }

    @Test func plannedAndUnresolvedGovernanceIsNotInPlaceAndAbsenceIsNotCaptured() {
        let gamma = gaps(AnalysisFixtures.gamma).filter { $0.rule == "governance-not-stated" }
        #expect(gamma.map(\.message) == [
            "The document names who chairs the Corporate Parenting Panel only as not in place: Lead Member (unresolved).",
            "Not captured: how often the Corporate Parenting Panel meets (the pack captures part of the document).",
            "Young people on the Corporate Parenting Panel are planned, not in place.",
            "Not captured: the ages \"Voices\" covers (the pack captures part of the document).",
        ])
        let outcome = gaps(AnalysisFixtures.gamma).first { $0.rule == "priority-without-measure" }
        #expect(outcome?.message == "Outcome 1 \"Heard\" has no metric the strategy monitors, though it names 1 other evidence of success (deliverables, statements or standards).")
        #expect(!gaps(AnalysisFixtures.gamma).contains { $0.rule == "measure-without-target" })
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
        #expect(gaps(pack).contains { $0.subject == "corporate-parenting-board.meets" })
    }

    @Test func ruleIDsAreUnique() {
        let ids = GapRuleRegistry.rules.map { $0.description.id }
        #expect(Set(ids).count == ids.count)
    }
}
