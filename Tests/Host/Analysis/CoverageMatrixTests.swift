import BuiltInAuthorities
import CorporateParenting
@testable import CPSKit
import Testing

@Suite struct CoverageMatrixTests {
    let framework = OutcomeFramework.standard

    func profiles(_ packs: [AuthorityPack]) -> [PackProfile] { packs.map { PackProfile($0, framework: framework) } }

    @Test func principleCellsCountWhatTheModuleMaps() throws {
        let matrix = CoverageMatrix(profiles(BuiltInRegistry.packs), by: .principle, framework: framework)
        for (column, pack) in BuiltInRegistry.packs.enumerated() {
            for row in matrix.rows {
                let number = try #require(Int(row.key))
                let cell = row.cells[column]
                let priorities = pack.priorities.filter { $0.principles.contains(number) }
                let objectives = pack.objectives.filter { $0.principles.contains(number) }
                #expect(cell.priorities == priorities.count, "\(pack.id) principle \(number)")
                #expect(cell.objectives == objectives.count)
                #expect(cell.commitments == priorities.flatMap(\.commitments).count + objectives.flatMap(\.commitments).count)
                #expect(cell.items == priorities.map(\.id) + objectives.map(\.id))
            }
        }
    }

    @Test func seftonsPrinciplesAsItsModuleMapsThem() throws {
        let sefton = try #require(BuiltInRegistry.packs.first { $0.id == "sefton" })
        let matrix = CoverageMatrix(profiles([sefton]), by: .principle, framework: framework)
        #expect(matrix.rows.map { $0.cells[0].priorities } == (1...7).map { p in sefton.priorities.filter { $0.principles.contains(p) }.count })
    }

    @Test func domainCellsCountItemsCommitmentsAndMeasures() {
        let matrix = CoverageMatrix(profiles([AnalysisFixtures.alpha, AnalysisFixtures.beta]), by: .domain, framework: framework)
        let voice = matrix.rows.first { $0.key == "voice" }!
        #expect(voice.cells[0] == CoverageCell(priorities: 1, objectives: 0, commitments: 2, measures: 0, targets: 0, items: ["voice"]))
        #expect(voice.cells[1] == CoverageCell(priorities: 0, objectives: 1, commitments: 1, measures: 0, targets: 0, items: ["voice"]))
        // sdq-completion evidences health (its standard measure's domain), not the voice priority's domain.
        let health = matrix.rows.first { $0.key == "health" }!
        #expect(health.cells[0].measures == 1 && health.cells[0].targets == 1 && health.cells[0].priorities == 0)
        // A measure with no standard measure and no domain evidences its priority's domains.
        let homes = matrix.rows.first { $0.key == "homes" }!
        #expect(homes.cells[0].measures == 2)
        // A strategy-wide measure evidences its standard measure's domain.
        #expect(matrix.rows.first { $0.key == "safety" }!.cells[0].measures == 1)
        #expect(matrix.rows.first { $0.key == "relationships" }!.cells[1].isEmpty)
    }

    @Test func measureCellsCountBoundMeasures() {
        let matrix = CoverageMatrix(profiles([AnalysisFixtures.alpha, AnalysisFixtures.beta]), by: .measure, framework: framework)
        let moves = matrix.rows.first { $0.key == "placement-stability-short-term" }!
        #expect(moves.cells.map(\.measures) == [1, 1])
        #expect(moves.cells.map(\.items) == [["homes"], ["homes"]])
        #expect(matrix.rows.first { $0.key == "sdq-completion" }!.cells.map(\.targets) == [1, 0])
        #expect(matrix.rows.count == framework.measures.count)
    }

    @Test func principleMeasuresFollowTheirItemOrTheirDomain() {
        let matrix = CoverageMatrix(profiles([AnalysisFixtures.alpha]), by: .principle, framework: framework)
        // sdq under the voice priority serves 2 and 3; moves and local under homes serve 1 and 6;
        // the strategy-wide missing measure serves the safety domain's principles (1 and 6).
        #expect(matrix.rows.map { $0.cells[0].measures } == [3, 1, 1, 0, 0, 3, 0])
    }
}
