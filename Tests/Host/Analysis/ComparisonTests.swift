import BuiltInAuthorities
import CorporateParenting
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

    @Test func measuresInCommonAndOnlyOne() {
        let measures = compare([AnalysisFixtures.alpha, AnalysisFixtures.beta]).measures
        #expect(measures.inCommon == ["placement-stability-short-term"])
        #expect(measures.onlyOne.map(\.measure) == ["sdq-completion", "missing-incident"])
        #expect(measures.onlyOne.allSatisfy { $0.authority == "alpha" })
        #expect(measures.totals == [4, 1])
    }

    @Test func whatOneHasAndTheOtherLacksStandsOut() {
        let differences = compare([AnalysisFixtures.alpha, AnalysisFixtures.beta]).differences
        #expect(differences.contains("Alpha has a strategy whose period has ended."))
        #expect(differences.contains("Beta does not state when its strategy ends."))
        #expect(differences.contains("Beta describes no corporate parenting board."))
        #expect(differences.contains("Alpha has young people on its board."))
        #expect(differences.contains("Beta names no youth participation group."))
        #expect(differences.contains("Beta sets no targets."))
        #expect(differences.contains("Alpha has no priority in the leaving care and adulthood domain."))
        #expect(differences.contains("Only Alpha tracks sdq completed (sdq-completion)."))
    }

    @Test func builtInBoardsAsTheirDocumentsStateThem() throws {
        let packs = ["sefton", "leicestershire", "middlesbrough"].compactMap { id in BuiltInRegistry.packs.first { $0.id == id } }
        let comparison = compare(packs)
        #expect(comparison.boards.map { $0?.meetingFrequency } == ["bi-monthly", "four times a year", "quarterly"])
        #expect(comparison.boards.map { $0?.meetingsPerYear } == [nil, 4, 4])
        #expect(comparison.boards.map { $0?.youngPeopleCoChair } == [nil, true, nil])
        #expect(comparison.differences.contains("Leicestershire has a young person co-chairing its board."))
        #expect(comparison.workingGroups[0].map(\.chair) == ["Participation Officer", "Service Manager. Fostering & Adoption", "Head Teacher. Virtual School", "Designated Nurse Children in Care. NHS Cheshire and Merseyside (Sefton)", "Service Manager. Cared For and Care Experienced Young People"])
    }

    @Test func prioritiesGroupByDomain() {
        let comparison = compare([AnalysisFixtures.alpha, AnalysisFixtures.beta])
        let voice = comparison.prioritiesByDomain.first { $0.key == "voice" }!
        #expect(voice.values == [["Voice"], ["Voice"]])
        #expect(comparison.principles.first { $0.key == "7" }!.values == [0, 1])
    }
}
