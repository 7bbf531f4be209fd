import CorporateParenting
@testable import CPSEngine
@testable import CPSKit
import Testing

@Suite struct BenchmarkTests {
    let framework = OutcomeFramework.standard

    func benchmark(minimumRanked: Int = 5) throws -> Benchmark {
        let store = try StatisticsStore.load(files: [StatisticsFixtures.current, StatisticsFixtures.older], includeSnapshot: false, framework: framework)
        return Benchmark(store: store, neighbours: try StatisticalNeighbours(path: StatisticsFixtures.neighbours2025), framework: framework, minimumRanked: minimumRanked)
    }

    func subject(_ code: String) throws -> BenchmarkSubject { try benchmark().subject(named: code) }

    @Test func handComputedLongTermStability() throws {
        let benchmark = try benchmark()
        let measure = framework.measure("placement-stability-long-term")!
        let rows = benchmark.rows(measures: [measure], subjects: [try subject("901"), try subject("902"), try subject("E06000905")], year: nil)
        let alpha = rows[0]
        #expect(alpha.year == "2025" && alpha.value == 70 && alpha.england == 69 && alpha.region == 66)
        // Ranked among the six authorities with a figure: Eta 75, Alpha 70, Beta 68, Bristol 68, Delta 65, Zeta 60.
        #expect(alpha.rank == 2 && alpha.of == 6 && alpha.quartile == "B")
        // Alpha's neighbours: Beta 68, Bristol 68, Delta 65 and Epsilon (suppressed).
        #expect(alpha.neighboursMean == 67 && alpha.neighboursMedian == 68 && alpha.neighbours == 3)
        // A missing year stays missing: the fixture has Alpha in 2023 and 2025 only.
        #expect(alpha.trend == [.init(year: "2023", value: 72, symbol: nil), .init(year: "2025", value: 70, symbol: nil)])
        let beta = rows[1]
        #expect(beta.rank == 3 && beta.quartile == "B")
        // Beta's neighbours: Alpha 70, Bristol 68, Zeta 60, Eta 75.
        #expect(beta.neighboursMean == 68.25 && beta.neighboursMedian == 69)
        let epsilon = rows[2]
        #expect(epsilon.value == nil && epsilon.symbol == "c" && epsilon.rank == nil && epsilon.name == "Epsilon")
    }

    @Test func lowerIsBetterAndOlderColumnNames() throws {
        let benchmark = try benchmark(minimumRanked: 4)
        let measure = framework.measure("placement-stability-short-term")!
        let rows = benchmark.rows(measures: [measure], subjects: ["901", "902", "903", "904"].map { try! subject($0) }, year: nil)
        #expect(rows.map(\.value) == [12, 8, 8, 15])
        #expect(rows.map(\.rank) == [3, 1, 1, 4])
        #expect(rows.map(\.quartile) == ["C", "A", "A", "D"])
        #expect(rows.allSatisfy { $0.of == 4 && $0.england == 10 && $0.region == 9 && $0.year == "2024" })
    }

    @Test func noRankWithoutEnoughAuthorities() throws {
        let rows = try benchmark(minimumRanked: 100).rows(measures: [framework.measure("placement-stability-long-term")!], subjects: [try subject("901")], year: nil)
        #expect(rows[0].rank == nil && rows[0].of == nil && rows[0].quartile == nil && rows[0].value == 70)
    }

    @Test func aGivenYear() throws {
        let rows = try benchmark().rows(measures: [framework.measure("placement-stability-long-term")!], subjects: [try subject("901")], year: "2023")
        #expect(rows[0].year == "2023" && rows[0].value == 72 && rows[0].england == 70)
        #expect(Benchmark.period(for: "2025", among: ["202324", "202425"]) == "202425")
    }

    @Test func filesReplaceTheSnapshotMeasureByMeasure() throws {
        let store = try StatisticsStore.load(files: [StatisticsFixtures.older], includeSnapshot: true, framework: framework)
        #expect(store.sources["placement-stability-short-term"] == StatisticsFixtures.older)
        #expect(store.sources["placement-stability-long-term"] == StatisticsSnapshot.source)
        #expect(throws: EngineError.self) { try StatisticsStore.load(files: [StatisticsFixtures.neighbours2025], includeSnapshot: true, framework: framework) }
    }

    @Test func theSnapshotHasEnglandEveryRegionEveryCouncilAndFiveYears() {
        let series = StatisticsSnapshot.series()
        let longTerm = series["placement-stability-long-term"] ?? []
        #expect(Set(longTerm.map(\.timePeriod)) == ["2021", "2022", "2023", "2024", "2025"])
        #expect(longTerm.contains { $0.geographicLevel == .national && $0.timePeriod == "2025" })
        for code in ["343", "806", "812", "855", "888"] { #expect(longTerm.contains { $0.dfeCode == code }, "\(code)") }
        #expect(Set(longTerm.filter { $0.geographicLevel == .regional }.map(\.name)) == [
            "East Midlands", "East of England", "London", "Inner London", "Outer London", "North East", "North West",
            "South East", "South West", "West Midlands", "Yorkshire and The Humber",
        ])
        #expect(Set(longTerm.filter { $0.geographicLevel == .localAuthority }.compactMap(\.dfeCode)).count >= 153)
    }
}
