import BuiltInAuthorities
import CorporateParenting
@testable import CPSEngine
@testable import CPSKit
import Testing

@Suite struct CoverageMatrixTests {
    let framework = OutcomeFramework.standard

    func profiles(_ packs: [AuthorityPack]) -> [PackProfile] { packs.map { PackProfile($0, framework: framework) } }

    @Test func topLevelItemsCountWhatTheModuleMaps() throws {
        let matrix = CoverageMatrix(profiles(BuiltInRegistry.packs), by: .principle, framework: framework)
        for (column, pack) in BuiltInRegistry.packs.enumerated() {
            let top = PackIndex(pack).topItems.map(\.value)
            let topIDs = Set(top.map(\.id.rawValue))
            for row in matrix.rows {
                let number = PrincipleNumber(rawValue: try #require(Int(row.key)))
                let mapped = top.filter { $0.mappings.contains { $0.principles.contains(number) } }
                #expect(row.cells[column].priorities == mapped.count, "\(pack.id) principle \(number)")
                #expect(row.cells[column].items.filter(topIDs.contains) == mapped.map(\.id.rawValue))
            }
        }
    }

    @Test func domainCellsCountItemsActionsAndMonitoredMetrics() {
        let matrix = CoverageMatrix(profiles([AnalysisFixtures.alpha, AnalysisFixtures.beta]), by: .domain, framework: framework)
        let voice = matrix.rows.first { $0.key == "voice" }!
        #expect(voice.cells[0] == CoverageCell(priorities: 1, objectives: 0, commitments: 2, measures: 0, targets: 0, items: ["voice"]))
        #expect(voice.cells[1] == CoverageCell(priorities: 0, objectives: 1, commitments: 1, measures: 0, targets: 0, items: ["voice"]))
        // Beta's homes priority, and its objective that inherits the mapping; each action under them counted once.
        let homes = matrix.rows.first { $0.key == "homes" }!
        #expect(homes.cells[1] == CoverageCell(priorities: 1, objectives: 1, commitments: 2, measures: 1, targets: 0, items: ["homes", "near"]))
        // sdq-completion evidences health (its standard measure's domain), not the voice priority's domain.
        let health = matrix.rows.first { $0.key == "health" }!
        #expect(health.cells[0].measures == 1 && health.cells[0].targets == 1 && health.cells[0].priorities == 0)
        // A metric with no standard measure and no domain evidences its item's domains; cla-count, quoted as
        // context, does not count.
        #expect(homes.cells[0].measures == 2)
        #expect(matrix.rows.first { $0.key == "education" }!.cells[0].isEmpty)
        // A strategy-wide metric evidences its standard measure's domain.
        #expect(matrix.rows.first { $0.key == "safety" }!.cells[0].measures == 1)
        #expect(matrix.rows.first { $0.key == "relationships" }!.cells[1].isEmpty)
    }

    @Test func measureCellsCountBoundMonitoredMetrics() {
        let matrix = CoverageMatrix(profiles([AnalysisFixtures.alpha, AnalysisFixtures.beta]), by: .measure, framework: framework)
        let moves = matrix.rows.first { $0.key == "placement-stability-short-term" }!
        #expect(moves.cells.map(\.measures) == [1, 1])
        #expect(moves.cells.map(\.items) == [["homes"], ["homes"]])
        #expect(matrix.rows.first { $0.key == "sdq-completion" }!.cells.map(\.targets) == [1, 0])
        #expect(matrix.rows.first { $0.key == "cla-count" }!.cells.map(\.measures) == [0, 0])
        #expect(matrix.rows.count == framework.measures.count)
    }

    @Test func principleMeasuresFollowTheirItemOrTheirDomain() {
        let matrix = CoverageMatrix(profiles([AnalysisFixtures.alpha]), by: .principle, framework: framework)
        // sdq under the voice priority serves 2 and 3; moves and local under homes serve 1 and 6;
        // the strategy-wide missing metric serves the safety domain's principles (1 and 6).
        #expect(matrix.rows.map { $0.cells[0].measures } == [3, 1, 1, 0, 0, 3, 0])
    }
}
