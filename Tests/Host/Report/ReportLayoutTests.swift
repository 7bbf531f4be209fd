import CorporateParenting
@testable import CPSEngine
@testable import CPSKit
import Foundation
import Testing

/// The compact layout the report takes past twelve strategies: a row per strategy, figures that agree with the
/// analyses, and a page that grows in step with the number of strategies.
@Suite struct ReportLayoutTests {
    let asOf = PartialDate(year: 2026, month: 1, day: 1)!

    /// `count` strategies made from the analysis fixtures, alternately Alpha's and Beta's shape.
    func authorities(_ count: Int) -> [LoadedAuthority] {
        (0..<count).map { index in
            var pack = index % 2 == 0 ? AnalysisFixtures.alpha : AnalysisFixtures.beta
            pack.id = "\(pack.id)-\(index)"
            pack.name = "\(pack.name) \(index)"
            return LoadedAuthority(pack: pack, origin: .pack(path: "\(pack.id).json"))
        }
    }

    func report(_ count: Int) -> ReportView {
        let benchmark = Benchmark(store: StatisticsStore.snapshot(), neighbours: StatisticsSnapshot.neighbours(), framework: .standard)
        return ReportView(report: Report(authorities(count), asOf: asOf, region: nil, framework: .standard, benchmark: benchmark))
    }

    @Test func turnsCompactPastTwelveStrategies() {
        #expect(ReportLayout.forCount(ReportLayout.detailedLimit) == .detailed)
        #expect(ReportLayout.forCount(ReportLayout.detailedLimit + 1) == .compact)
        let ids = report(15).sections().map(\.id)
        #expect(ids == ["summary", "benchmarks", "says-and-does", "strategies", "coverage-principles", "coverage-domains", "coverage-measures", "key-facts", "similarity", "gaps", "sources"])
        #expect(report(5).sections().map(\.id).contains("side-by-side"))
    }

    @Test func coverageRowsAreTheMatrixColumns() throws {
        let view = report(15)
        let matrix = view.report.coverageByPrinciple
        let table = try #require(view.compactCoverage(matrix).compactMap { if case .table(let table) = $0 { table } else { nil } }.first)
        #expect(table.rows.count == 15)
        #expect(table.columns.count == 1 + matrix.rows.count)
        for (column, row) in table.rows.enumerated() {
            #expect(row[0] == matrix.authorities[column].label)
            #expect(Array(row.dropFirst()) == matrix.rows.map { $0.cells[column].letters })
        }
        // Alpha's shape serves principles 1, 2, 3 and 6; Beta's 2, 6 and 7: the bars count strategies covering each.
        #expect(ReportView.covering(matrix) == [8, 15, 8, 0, 0, 15, 7])
        let html = view.html()
        #expect(html.contains("<title id=\"bars-principles-title\">Strategies covering each principle</title>"))
        #expect(html.contains(">15 of 15</text>"))
    }

    @Test func nearestAreTheMatrixsNearest() throws {
        let view = report(15)
        let table = try #require(view.nearestTable.compactMap { if case .table(let table) = $0 { table } else { nil } }.first)
        for (row, cells) in table.rows.enumerated() {
            let id = view.report.textSimilarity.authorities[row].id
            let expected = view.report.textSimilarity.nearest(to: id).prefix(3).map { "\($0.authority.label) (\(SimilarityView.format($0.score)))" }
            #expect(Array(cells.dropFirst()) == expected)
        }
    }

    @Test func keyFactsCountWhatStandsOut() throws {
        let view = report(15)
        guard case .list(let standsOut)? = view.keyFacts.first else { Issue.record("no list"); return }
        // Beta's shape (7 of 15) describes no board; Alpha's period (2022-2025) has ended on 2026-01-01.
        #expect(standsOut.contains("7 of 15 describe no corporate parenting board."))
        #expect(standsOut.contains("8 of 15 strategies' periods have ended on 2026-01-01."))
    }

    @Test func growsInStepWithTheStrategies() {
        let small = report(20).html().utf8.count, large = report(80).html().utf8.count
        // Four times the strategies: a little under four times the page (the fixed parts do not grow).
        #expect(Double(large) / Double(small) < 4.2)
        #expect(!report(80).html().contains("heatmap-similarity"))
    }
}
