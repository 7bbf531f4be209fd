import CorporateParenting
@testable import CPSEngine
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

    @Test func aFlaggedPoorFigureSaysCheckTheReturn() throws {
        let framework = OutcomeFramework.standard
        let store = try StatisticsStore.load(files: [StatisticsFixtures.qualityFlags], includeSnapshot: false, framework: framework)
        let neighbours = try StatisticalNeighbours(path: StatisticsFixtures.qualityNeighbours)
        let benchmark = Benchmark(store: store, neighbours: neighbours, framework: framework, minimumRanked: 5)
        // Alpha's 0% long-term stability (90% the year before, neighbours at 80-100%) is worse than England's 70%.
        let alpha = AuthorityPack(id: "alpha", name: "Alpha", dfe: "901", document: StrategyDocument(title: "Strategy")) {
            Section("P") { Priority("voice", "Voice", principles: [2], domains: [.voice]) }
        }
        let result = SaysAndDoes(PackProfile(alpha, framework: framework), benchmark: benchmark, year: nil)
        let homes = try #require(result.unaddressed.first { $0.domain == .homes })
        #expect(homes.message == "Homes and placements: long-term placement stability 0% (check the return) against England's 70%, but the strategy has no item or monitored metric in this domain.")
        #expect(homes.figures.first?.value == 0, "the figure is kept")
        #expect(homes.figures.first?.quality.map(\.rule) == [.bound, .jump])
        let view = SaysAndDoesView(councils: [result], framework: framework).document()
        let flags = try #require(view.tables.first { $0.caption == "† Check the return: Alpha's figures" })
        #expect(flags.rows.map { $0[2] } == ["bound", "jump"])
    }
}
