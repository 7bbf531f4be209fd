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

    func messages(_ gaps: [Gap], _ rule: String) -> [String] {
        gaps.filter { $0.rule == rule }.map { GapSentence.message($0) }
    }

    @Test func findsEachKindOfGap() {
        let alpha = gaps(AnalysisFixtures.alpha)
        #expect(alpha.filter { $0.rule == "principle-unserved" }.map(\.subject) == ["4", "5", "7"])
        #expect(messages(alpha, "period-ended") == ["The strategy's period ended in 2025, before 2026-11-23."])
        // Figures quoted as context are never asked for a target; the metrics without one are one finding.
        #expect(alpha.filter { $0.rule == "measure-without-target" }.map(\.items) == [["moves", "local", "missing"]])
        #expect(messages(alpha, "measure-without-target") == ["3 of the 4 metrics the strategy monitors have neither a target nor a baseline: \"Three or more moves\", \"Placed locally\" and \"Missing from care\"."])
        // A domain nothing serves is domain-unserved's; one served without a monitored metric is domain-without-measure's.
        #expect(alpha.filter { $0.rule == "domain-unserved" }.map(\.subject) == ["education", "relationships", "adulthood", "governance", "workforce"])
        #expect(alpha.filter { $0.rule == "domain-without-measure" }.map(\.subject) == ["voice"])
        #expect(messages(alpha, "domain-unserved").first == "Nothing in the strategy serves the education and aspiration domain (it quotes a figure in it as context only).")
        #expect(alpha.filter { $0.rule == "priority-without-measure" }.isEmpty)
        #expect(alpha.filter { $0.rule == "governance-not-stated" }.isEmpty)

        let beta = gaps(AnalysisFixtures.beta)
        #expect(messages(beta, "period-not-stated") == ["The document does not say when the strategy ends."])
        #expect(messages(beta, "priority-without-measure") == ["3 of the 4 items have no metric the strategy monitors: Objective \"Voice\", Objective \"Staying near\" and Priority \"Leaving care\"."])
        #expect(beta.first { $0.rule == "priority-without-measure" }?.items == ["voice", "near", "leaving"])
        #expect(beta.contains { $0.rule == "principle-unserved" && GapSentence.message($0).hasPrefix("Nothing in the strategy serves principle 1,") })
        #expect(messages(beta, "governance-not-stated") == ["The document describes no corporate parenting board.", "The document names no youth participation group."])
        #expect(messages(beta, "inconsistency") == ["The document contradicts itself: title."])
    }

    @Test func findingsAreOrderedBySeverityThenRule() {
        let alpha = gaps(AnalysisFixtures.alpha)
        #expect(alpha.first?.rule == "period-ended" && alpha.first?.severity == .error)
        let severities = alpha.map(\.severity)
        #expect(severities == severities.sorted(by: >))
        let order = GapRuleRegistry.descriptions.map(\.id)
        for severity in Severity.allCases {
            let places = alpha.filter { $0.severity == severity }.map { order.firstIndex(of: $0.rule)! }
            #expect(places == places.sorted())
        }
    }

    @Test func principlesAndDomainsServedByAnythingNotOnlyItems() {
        // A youth group mapped to principle 4 and the workforce domain serves them though no priority does.
        let served = AuthorityPack(id: "served", name: "Served", document: StrategyDocument(title: "Strategy", period: .years(2024, 2027))) {
            Section("Priorities") { Priority("homes", "Homes", principles: [6], domains: [.homes]) }
            Section("Board") { Body(.youthGroup, "cicc", "Children in Care Council", mappings: [Mapping(principles: [4], domains: [.workforce], basis: .judged)]) }
        }
        let found = gaps(served, asOf: "2025-01-01")
        #expect(!found.contains { $0.rule == "principle-unserved" && $0.subject == "4" })
        #expect(found.contains { $0.rule == "principle-unserved" && $0.subject == "5" })
        #expect(!found.contains { $0.rule == "domain-unserved" && $0.subject == "workforce" })
        #expect(found.contains { $0.rule == "domain-without-measure" && $0.subject == "workforce" })
    }

    @Test func plannedAndUnresolvedGovernanceAndAbsenceIsNotCaptured() {
        let gamma = gaps(AnalysisFixtures.gamma)
        #expect(messages(gamma, "governance-not-stated") == [
            "Not captured: how often the Corporate Parenting Panel meets.",
            "Young people on the Corporate Parenting Panel are planned, not in place.",
            "Not captured: the ages \"Voices\" covers.",
        ])
        // The chair the document leaves unresolved is governance-unresolved's, not "not stated".
        #expect(messages(gamma, "governance-unresolved") == ["The document gives this role of the Corporate Parenting Panel as unresolved: chair (Lead Member)."])
        #expect(gamma.filter { $0.rule == "governance-not-stated" && $0.subject.hasPrefix("board.meets") }.map { $0.notCaptured.map(GapSentence.note) } == ["the pack captures part of the document"])
        #expect(messages(gamma, "priority-without-measure") == ["The only item has no metric the strategy monitors: Outcome 1 \"Heard\", though it names 1 other evidence of success (deliverables, statements or standards); it may be in what the pack does not capture."])
        #expect(messages(gamma, "partial-capture") == ["The pack captures part of the document, so anything these gaps find absent may be in what is not captured."])
        #expect(!gamma.contains { $0.rule == "measure-without-target" })
        // A whole capture asserts the absence; nothing says "not captured".
        #expect(gaps(AnalysisFixtures.beta).allSatisfy { $0.notCaptured == nil && !GapSentence.message($0).contains("not capture") })
    }

    @Test func judgesPeriodsOnTheGivenDate() {
        #expect(!gaps(AnalysisFixtures.alpha, asOf: "2025-12-31").contains { $0.rule == "period-ended" })
        #expect(gaps(AnalysisFixtures.alpha, asOf: "2026-01-01").contains { $0.rule == "period-ended" })
    }

    @Test func leicestershiresReviewDatePassed() throws {
        let pack = try #require(BuiltInRegistry.packs.first { $0.id == "leicestershire" })
        #expect(gaps(pack).contains { $0.rule == "review-date-passed" && GapSentence.message($0).contains("2022-08") })
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
