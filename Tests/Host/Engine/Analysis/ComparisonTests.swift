import BuiltInAuthorities
import CorporateParenting
@testable import CPSEngine
@testable import CPSKit
import Testing

@Suite struct ComparisonTests {
    let framework = OutcomeFramework.standard
    let asOf = PartialDate(year: 2026, month: 11, day: 23)!

    func compare(_ packs: [AuthorityPack], asOf: PartialDate? = nil) -> Comparison {
        Comparison(packs.map { PackProfile($0, framework: framework) }, asOf: asOf ?? self.asOf, framework: framework)
    }

    @Test func periodsAndCurrency() {
        let comparison = compare([AnalysisFixtures.alpha, AnalysisFixtures.beta])
        #expect(comparison.periods.map(\.ended) == [true, nil])
        #expect(compare([AnalysisFixtures.alpha], asOf: PartialDate("2025-12-31")!).periods[0].ended == false)
    }

    @Test func measuresInCommonAndOnlyOneCountMonitoredMetricsOnly() {
        let measures = compare([AnalysisFixtures.alpha, AnalysisFixtures.beta]).measures
        #expect(measures.inCommon == ["placement-stability-short-term"])
        // Alpha quotes cla-count and persistent-absence as context: it does not monitor them.
        #expect(measures.onlyOne.map(\.measure) == ["sdq-completion", "missing-incident"])
        #expect(measures.onlyOne.allSatisfy { $0.authority == "alpha" })
        #expect(measures.totals == [4, 1])
    }

    @Test func whatOneHasAndTheOtherLacksStandsOut() {
        let differences = ComparisonView(comparison: compare([AnalysisFixtures.alpha, AnalysisFixtures.beta])).differenceSentences
        #expect(differences.contains("Alpha has a strategy whose period has ended."))
        #expect(differences.contains("Beta does not state when its strategy ends."))
        #expect(differences.contains("Beta describes no corporate parenting board."))
        #expect(differences.contains("Alpha has young people on its board."))
        #expect(differences.contains("Beta names no youth participation group."))
        #expect(differences.contains("Beta sets no targets."))
        #expect(differences.contains("Alpha has no item in the leaving care and adulthood domain."))
        #expect(differences.contains("Only Alpha monitors sdq completed (sdq-completion)."))
        #expect(!differences.contains { $0.contains("cla-count") })
    }

    @Test func plannedGovernanceIsReportedAsPlanned() throws {
        let comparison = compare([AnalysisFixtures.alpha, AnalysisFixtures.gamma])
        let board = try #require(comparison.boards[1])
        #expect(board.chair == nil && board.coChairs.isEmpty && board.chairsNotInPlace == ["Lead Member (unresolved)"])
        #expect(board.youngPeopleOnBoard == nil && board.youngPeopleStatus == .planned)
        #expect(comparison.boards[0]?.youngPeopleOnBoard == true)
        #expect(ComparisonView(comparison: comparison).differenceSentences.contains("Gamma gives young people on its board only as planned, proposed or unresolved."))
        #expect(ComparisonView(comparison: comparison).differenceSentences.contains("Gamma names its board's chair only as planned, proposed or unresolved."))
        #expect(!ComparisonView(comparison: comparison).differenceSentences.contains("Gamma has young people on its board."))
    }

    @Test func builtInBoardsAsTheirDocumentsStateThem() throws {
        let packs = ["sefton", "leicestershire"].compactMap { id in BuiltInRegistry.packs.first { $0.id == id } }
        let comparison = compare(packs)
        #expect(comparison.boards.map { $0?.meetingFrequency } == ["bi-monthly", "four times a year"])
        #expect(comparison.boards.map { $0?.meetingsPerYear } == [nil, 4])
        // Sefton: members of Making A Difference sit on the board; Leicestershire: a care experienced young person co-chairs it.
        #expect(comparison.boards.map { $0?.youngPeopleOnBoard } == [true, true])
        #expect(comparison.boards.map { $0?.youngPeopleCoChair } == [nil, true])
        #expect(ComparisonView(comparison: comparison).differenceSentences.contains("Leicestershire has a young person co-chairing its board."))
        #expect(comparison.workingGroups[0].compactMap(\.chair).contains("Participation Officer"))
    }

    @Test func itemsGroupByDomain() {
        let comparison = compare([AnalysisFixtures.alpha, AnalysisFixtures.beta])
        let voice = comparison.prioritiesByDomain.first { $0.key == "voice" }!
        #expect(voice.values == [["Voice"], ["Voice"]])
        // Beta's "Staying near" has no mapping of its own and serves its priority's.
        #expect(comparison.prioritiesByDomain.first { $0.key == "homes" }!.values == [["Homes"], ["Homes", "Staying near"]])
        #expect(comparison.principles.first { $0.key == "7" }!.values == [0, 1])
    }
}
