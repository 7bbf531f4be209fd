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
        #expect(result.figures.map(\.measure) == ["placement-stability-long-term"])
        #expect(result.figures[0].value == 60 && result.figures[0].england == 69 && result.figures[0].againstEngland == .worse)
        #expect(result.figures[0].addressedBy == .nothing, "a figure quoted as context addresses nothing")
        let view = SaysAndDoesView(councils: [result], framework: framework)
        #expect(view.figuresTable(result).rows[0].last == "Nothing in the strategy addresses it.")

        #expect(result.commitments.isEmpty && result.withoutData.isEmpty)

        let committed = AuthorityPack(id: "zeta", name: "Zeta", dfe: "906", document: StrategyDocument(title: "Strategy")) {
            Section("P") {
                Priority("homes", "Homes", principles: [6], domains: [.homes]) {
                    Metric("stable", "Stable", purpose: .monitor, standard: "placement-stability-long-term", target: Target(70, .percent, "70%"))
                }
            }
        }
        let answer = SaysAndDoes(PackProfile(committed, framework: framework), benchmark: benchmark, year: nil)
        #expect(answer.figures.map(\.addressedBy.how) == [.target])
        #expect(answer.figures[0].addressedBy.text == "Stable" && answer.figures[0].addressedBy.target == "70%")
        #expect(answer.commitments.count == 1 && answer.commitments[0].againstEngland == .worse && answer.commitments[0].quartile == "D")
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
        let stability = try #require(result.figures.first { $0.measure == "placement-stability-long-term" })
        #expect(stability.value == 0, "the figure is kept")
        #expect(stability.quality.map(\.rule) == [.bound, .jump])
        #expect(SaysAndDoesView(councils: [result], framework: framework).figuresTable(result).rows[0][2] == "0% †")
        let view = SaysAndDoesView(councils: [result], framework: framework).document()
        let flags = try #require(view.tables.first { $0.caption == "† Check the return: Alpha's figures" })
        #expect(flags.rows.map { $0[2] } == ["bound", "jump"])
    }
}
