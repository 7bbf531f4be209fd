@testable import CPSEngine
@testable import CPSKit
import Foundation
import Testing

@Suite struct ReportCommandTests {
    /// Three charts of strategies, then for each measure a trend chart and, unless its figures go below 0 (Progress
    /// 8, where England's figure is negative), a bar chart.
    static var expectedCharts: Int {
        let series = StatisticsSnapshot.series()
        // Two coverage heatmaps, two similarity heatmaps (by text and by tags), and per measure a bar chart and a
        // trend chart, less the bar charts of measures with a figure below 0.
        return 4 + 2 * series.count - series.values.filter { $0.contains { ($0.value ?? 0) < 0 } }.count
    }

    @Test func noIdComesTwice() throws {
        // Each section's headings are named after the section, so two councils' "Poor figures the strategy does not
        // address" (or a council's name in gaps and in says-and-does) never share an id, and links reach the right one.
        for arguments in [["report"], ["report", "--region", "North West"]] {
            let html = CPSHarness.run(arguments + ["--format", "html"]).out
            var counts: [String: Int] = [:]
            for part in html.components(separatedBy: " id=\"").dropFirst() {
                counts[String(part.prefix { $0 != "\"" }), default: 0] += 1
            }
            #expect(counts.count > 50)
            #expect(counts.filter { $0.value > 1 }.isEmpty, "\(arguments): \(counts.filter { $0.value > 1 })")
        }
    }

    @Test func writesOneSelfContainedPage() throws {
        let folder = try CPSHarness.temporaryFolder()
        let file = folder.appendingPathComponent("report.html").path
        let result = CPSHarness.run(["report", "--output", file])
        #expect(result.status == 0)
        let html = try String(contentsOfFile: file, encoding: .utf8)
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(!html.contains("<script"))
        #expect(!html.contains("http://"))
        #expect(!html.contains("https://"))
        // Three heatmaps, and a trend chart and (unless its figures go below 0) a bar chart for each of the snapshot's 29 measures.
        #expect(StatisticsSnapshot.series().count == 29)
        #expect(html.components(separatedBy: "<svg").count - 1 == ReportCommandTests.expectedCharts)
        #expect(html.contains("aria-labelledby=\"heatmap-similarity-text-title") && html.contains("aria-labelledby=\"heatmap-similarity-title"))
        #expect(html.contains("<title id=\"bars-0-title\">") && html.contains("<title id=\"trend-12-title\">"))
        #expect(html.contains("<title id=\"heatmap-principles-title\">"))
        #expect(html.contains("<desc id=\"heatmap-domains-desc\">"))
        for id in ["strategies", "coverage-principles", "coverage-domains", "coverage-measures", "side-by-side", "gaps", "similarity", "benchmarks", "says-and-does", "sources"] {
            #expect(html.contains("<section id=\"\(id)\""), "\(id)")
        }
        #expect(CPSHarness.run(["report", "--output", file]).status == 73)
    }

    @Test func isDeterministic() {
        #expect(CPSHarness.run(["report"]).out == CPSHarness.run(["report"]).out)
    }

    @Test func limitsToARegion() {
        let html = CPSHarness.run(["report", "--region", "North West"]).out
        #expect(html.contains("<title>Corporate parenting strategies compared: North West</title>"))
        #expect(!html.contains("Middlesbrough Council"))
    }

    @Test func otherFormatsCarryTheSameSections() {
        let markdown = CPSHarness.run(["report", "--format", "markdown"]).out
        #expect(markdown.contains("## Coverage by domain"))
        #expect(markdown.contains("## Sources"))
        let csv = CPSHarness.run(["report", "--format", "csv"]).out
        #expect(csv.hasPrefix("table,row,column,value\r\n"))
    }
}
