import CorporateParenting
@testable import CPSEngine
@testable import CPSKit
import Foundation
import Testing

/// Opens the report in a real headless browser: it loads with no console errors and its DOM holds the tables and
/// the SVG charts (ReportBrowserLayoutTests checks the layout at desktop and phone widths and on A4). Needs Chromium (installed by `.ci/run`): skipped with a message without it,
/// except under `CI=true`, where a missing browser fails.
@Suite(.serialized) struct ReportBrowserTests {
    static let available = ReportBrowser.available

    func browse(_ arguments: [String]) throws -> (out: String, error: String, status: Int32) {
        try ReportBrowser.browse(arguments)
    }

    func writeReport() throws -> URL {
        try #require(ReportBrowser.report, "cps report failed")
    }

    @Test(.enabled(if: available, "Chromium is not installed; `.ci/run` installs it (apt-get install chromium)."))
    func loadsWithoutConsoleErrorsAndHoldsTablesAndCharts() throws {
        let file = try writeReport()
        let result = try browse(["--enable-logging=stderr", "--v=0", "--dump-dom", file.absoluteString])
        let console = result.error.split(separator: "\n").filter { $0.contains(":CONSOLE") || $0.contains("Uncaught") }
        #expect(console.isEmpty, "\(console)")
        let dom = result.out
        #expect(dom.contains("<h1>Corporate parenting strategies compared</h1>"))
        #expect(dom.components(separatedBy: "<table").count - 1 >= 15)
        #expect(dom.components(separatedBy: "<svg").count - 1 == ReportCommandTests.expectedCharts)
        #expect(dom.contains("aria-labelledby=\"bars-0-title bars-0-desc\""))
        #expect(dom.contains("role=\"img\""))
        #expect(dom.contains("<th scope=\"col\">Lancashire</th>"))
        #expect(dom.contains("aria-labelledby=\"heatmap-principles-title heatmap-principles-desc\""))
    }

    @Test(.enabled(if: available, "Chromium is not installed; `.ci/run` installs it (apt-get install chromium)."))
    func loadsTheCompactLayoutToo() throws {
        // Fifteen packs (past the detailed layout's twelve) beside the five built-in councils.
        let folder = try CPSHarness.temporaryFolder()
        for index in 0..<15 {
            var pack = index % 2 == 0 ? AnalysisFixtures.alpha : AnalysisFixtures.beta
            pack.id = "\(pack.id)-\(index)"
            pack.name = "\(pack.name) \(index)"
            try PackCoding.json(pack).write(toFile: folder.appendingPathComponent("\(pack.id).json").path, atomically: true, encoding: .utf8)
        }
        let file = folder.appendingPathComponent("report.html")
        try #require(CPSHarness.run(["report", "--authority-path", folder.path, "--output", file.path]).status == 0)
        let result = try browse(["--enable-logging=stderr", "--v=0", "--dump-dom", file.absoluteString])
        let console = result.error.split(separator: "\n").filter { $0.contains(":CONSOLE") || $0.contains("Uncaught") }
        #expect(console.isEmpty, "\(console)")
        let dom = result.out
        #expect(dom.contains("<section id=\"key-facts\""))
        #expect(dom.contains("aria-labelledby=\"bars-principles-title bars-principles-desc\""))
        #expect(dom.contains("<th scope=\"row\">Beta County Council 13</th>"))
        #expect(!dom.contains("heatmap-similarity"))
    }
}
