import CorporateParenting
@testable import CPSEngine
@testable import CPSKit
import Foundation
import Testing

/// The report's benchmark tables say which kind of empty each empty cell is, as `cps benchmark` does.
@Suite struct ReportBenchmarkAbsenceTests {
    @Test func benchmarkTablesSayWhyACellIsEmpty() throws {
        let store = try StatisticsStore.load(files: [StatisticsFixtures.current], includeSnapshot: false, framework: .standard)
        let benchmark = Benchmark(store: store, neighbours: try StatisticalNeighbours(path: StatisticsFixtures.neighbours2025), framework: .standard)
        let authorities = [AnalysisFixtures.alpha].map { LoadedAuthority(pack: $0, origin: .pack(path: "\($0.id).json")) }
        let report = ReportView(report: Report(authorities, asOf: PartialDate(year: 2026, month: 1, day: 1)!, region: nil, framework: .standard, benchmark: benchmark))
        let section = try #require(report.html().components(separatedBy: "id=\"benchmarks\"").last)
        // The fixture council is not in the fixture's figures: each cell says so, and the rank says why there is none.
        #expect(section.contains("<td>no figure in the data</td>"))
        #expect(section.contains("too few to rank (6 authorities with figures; 100 needed)"))
        #expect(section.contains("no statistical neighbours known"))
    }
}
