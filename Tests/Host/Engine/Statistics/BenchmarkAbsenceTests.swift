import CorporateParenting
@testable import CPSEngine
@testable import CPSKit
import Testing

/// Each kind of missing figure in a benchmark row says which kind it is.
@Suite struct BenchmarkAbsenceTests {
    let framework = OutcomeFramework.standard
    let measure = OutcomeFramework.standard.measure("placement-stability-long-term")!

    func benchmark(minimumRanked: Int) throws -> Benchmark {
        let store = try StatisticsStore.load(files: [StatisticsFixtures.current], includeSnapshot: false, framework: framework)
        return Benchmark(store: store, neighbours: try StatisticalNeighbours(path: StatisticsFixtures.neighbours2025), framework: framework, minimumRanked: minimumRanked)
    }

    func subject(_ benchmark: Benchmark, _ code: String) throws -> BenchmarkSubject { try benchmark.subject(named: code) }

    @Test func aPublishedFigureHasNoNotes() throws {
        let benchmark = try benchmark(minimumRanked: 5)
        let alpha = try #require(benchmark.rows(measures: [measure], subjects: [try subject(benchmark, "901")], year: nil).first)
        #expect(alpha.valueStatus == "published")
        #expect(alpha.regionNote == nil && alpha.neighboursNote == nil && alpha.rankNote == nil && alpha.trendNote == nil)
    }

    @Test func aSuppressedFigureSaysSoAndHasNoRank() throws {
        let benchmark = try benchmark(minimumRanked: 5)
        let epsilon = try #require(benchmark.rows(measures: [measure], subjects: [try subject(benchmark, "905")], year: nil).first)
        #expect(epsilon.valueStatus == "suppressed")
        #expect(epsilon.rankNote == "no figure to rank")
        #expect(epsilon.trendNote == "one year only")
        #expect(BenchmarkView.trend(epsilon) == "2025 suppressed (c) (one year only)")
    }

    @Test func anAuthorityAbsentFromTheDataSaysEachKind() throws {
        let benchmark = try benchmark(minimumRanked: 5)
        let nowhere = BenchmarkSubject(authority: "nowhere", dfeCode: "999", onsCode: nil, name: "Nowhere", region: "North West")
        let row = try #require(benchmark.rows(measures: [measure], subjects: [nowhere], year: nil).first)
        #expect(row.valueStatus == "absent" && row.value == nil && row.symbol == nil)
        #expect(row.regionNote == "no figure for North West in the data")
        #expect(row.neighboursNote == "no statistical neighbours known")
        #expect(row.rankNote == "no figure to rank")
        #expect(row.trendNote == "no figure in the data")
        #expect(BenchmarkView.trend(row) == "no figure in the data")
        let unplaced = BenchmarkSubject(authority: "unplaced", dfeCode: "998", onsCode: nil, name: "Unplaced", region: nil)
        #expect(benchmark.rows(measures: [measure], subjects: [unplaced], year: nil).first?.regionNote == "region not known")
    }

    @Test func tooFewAuthoritiesToRankSaysHowMany() throws {
        let benchmark = try benchmark(minimumRanked: 100)
        let alpha = try #require(benchmark.rows(measures: [measure], subjects: [try subject(benchmark, "901")], year: nil).first)
        #expect(alpha.rank == nil && alpha.quartile == nil)
        #expect(alpha.rankNote == "too few to rank (6 authorities with figures; 100 needed)")
        #expect(Absent.tooFewToRank(1, needed: 100) == "too few to rank (1 authority with figures; 100 needed)")
    }

    @Test func aContextMeasureIsNotRanked() throws {
        var neutral = measure
        neutral.polarity = .neutral
        let benchmark = try benchmark(minimumRanked: 5)
        let row = try #require(benchmark.rows(measures: [neutral], subjects: [try subject(benchmark, "901")], year: nil).first)
        #expect(row.rank == nil && row.rankNote == "context, not ranked")
        #expect(SaysAndDoes.whyNotCompared(row, .neutral) == "context, not compared")
    }

    @Test func saysAndDoesSaysWhyAFigureCannotBeSetAgainstEngland() throws {
        let benchmark = try benchmark(minimumRanked: 5)
        let rows = benchmark.rows(measures: [measure], subjects: [try subject(benchmark, "905"), try subject(benchmark, "901")], year: nil)
        #expect(SaysAndDoes.whyNotCompared(rows[0], .higherIsBetter) == "the council's figure: suppressed (c)")
        #expect(SaysAndDoes.whyNotCompared(rows[1], .higherIsBetter) == nil)
        var noEngland = rows[1]
        noEngland.england = nil
        #expect(SaysAndDoes.whyNotCompared(noEngland, .higherIsBetter) == "England's figure: no figure in the data")
    }
}
