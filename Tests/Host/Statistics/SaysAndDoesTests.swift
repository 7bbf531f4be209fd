import CorporateParenting
@testable import CPSKit
import Testing

@Suite struct SaysAndDoesTests {
    @Test func namesPoorFiguresInDomainsTheStrategyLeavesAlone() throws {
        let framework = OutcomeFramework.standard
        let store = try StatisticsStore.load(files: [StatisticsFixtures.current], includeSnapshot: false, framework: framework)
        let benchmark = Benchmark(store: store, neighbours: StatisticalNeighbours(model: "none", lists: [:]), framework: framework, minimumRanked: 5)
        // Zeta (60%) is below England (69%) on long-term stability, a homes measure.
        // It quotes its stability figure as context only: that is not a commitment.
        let silent = AuthorityPack(id: "zeta", name: "Zeta", dfe: "906", document: StrategyDocument(title: "Strategy")) {
            Section("P") {
                Priority("voice", "Voice", principles: [2], domains: [.voice])
                Metric("stable", "Stable", purpose: .context, standard: "placement-stability-long-term", figures: [Figure(60, .percent)])
            }
        }
        let result = SaysAndDoes(PackProfile(silent, framework: framework), benchmark: benchmark, year: nil)
        #expect(result.unaddressed.map(\.domain) == [.homes])
        #expect(result.unaddressed[0].message == "Homes and placements: long-term placement stability 60% against England's 69%, but the strategy has no item or monitored metric in this domain.")

        #expect(result.commitments.isEmpty && result.withoutData.isEmpty)

        let committed = AuthorityPack(id: "zeta", name: "Zeta", dfe: "906", document: StrategyDocument(title: "Strategy")) {
            Section("P") {
                Priority("homes", "Homes", principles: [6], domains: [.homes]) {
                    Metric("stable", "Stable", purpose: .monitor, standard: "placement-stability-long-term", target: Target(70, .percent, "70%"))
                }
            }
        }
        let answer = SaysAndDoes(PackProfile(committed, framework: framework), benchmark: benchmark, year: nil)
        #expect(answer.unaddressed.isEmpty)
        #expect(answer.commitments.count == 1 && answer.commitments[0].againstEngland == "worse" && answer.commitments[0].quartile == "D")
    }
}
