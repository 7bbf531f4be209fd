@testable import CPSEngine
@testable import CPSKit
import Testing

@Suite struct StatisticalNeighboursTests {
    @Test func readsThe2025Layout() throws {
        let model = try StatisticalNeighbours(path: StatisticsFixtures.neighbours2025)
        #expect(model.lists["901"] == ["902", "903", "904", "905"])
        #expect(model.lists["902"] == ["901", "903", "906", "907"])
        #expect(model.model.hasPrefix("DfE 2025 model"))
    }

    @Test func readsThe2021Layout() throws {
        let model = try StatisticalNeighbours(path: StatisticsFixtures.neighbours2021)
        #expect(model.lists["901"] == ["907", "906", "904"])
        #expect(model.model.hasPrefix("DfE 2021 groupings"))
    }

    @Test func refusesOtherFiles() {
        #expect(throws: EngineError.self) { try StatisticalNeighbours(path: StatisticsFixtures.current) }
    }

    @Test func theSnapshotHasEveryAuthoritysNeighbours() {
        let lists = StatisticsSnapshot.neighbours().lists
        #expect(Set(lists.keys).isSuperset(of: ["343", "806", "812", "855", "888", "890", "942", "943"]))
        #expect(lists.count == 153)
        #expect(lists.values.allSatisfy { $0.count == 10 })
    }
}
