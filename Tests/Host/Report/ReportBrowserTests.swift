import CorporateParenting
@testable import CPSEngine
@testable import CPSKit
import Foundation
import Testing

/// Opens the report in a real headless browser: it loads with no console errors, its DOM holds the tables and the
/// SVG charts, and a screenshot is made. Needs Chromium (installed by `.ci/run`): skipped with a message without it,
/// except under `CI=true`, where a missing browser fails.
@Suite(.serialized) struct ReportBrowserTests {
    static let browser: String? = {
        let candidates = [ProcessInfo.processInfo.environment["CPS_CHROMIUM"]].compactMap { $0 }
            + ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome", "/usr/local/bin/chromium"]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) }
    }()

    static let required = ProcessInfo.processInfo.environment["CI"] == "true"
    static let available = browser != nil || required

    /// Runs the browser with a time limit and returns its standard output and error.
    func browse(_ arguments: [String]) throws -> (out: String, error: String, status: Int32) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try #require(Self.browser, "CI=true but no Chromium was found"))
        process.arguments = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                             "--user-data-dir=\(try CPSHarness.temporaryFolder().path)"] + arguments
        let folder = try CPSHarness.temporaryFolder()
        let outFile = folder.appendingPathComponent("out.txt"), errorFile = folder.appendingPathComponent("error.txt")
        _ = FileManager.default.createFile(atPath: outFile.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errorFile.path, contents: nil)
        process.standardOutput = try FileHandle(forWritingTo: outFile)
        process.standardError = try FileHandle(forWritingTo: errorFile)
        try process.run()
        let deadline = Date().addingTimeInterval(120)
        while process.isRunning, Date() < deadline { Thread.sleep(forTimeInterval: 0.1) }
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }  // SIGTERM may be blocked in the child
        process.waitUntilExit()
        let outData = try Data(contentsOf: outFile), errorData = try Data(contentsOf: errorFile)
        return (String(decoding: outData, as: UTF8.self), String(decoding: errorData, as: UTF8.self), process.terminationStatus)
    }

    func writeReport() throws -> URL {
        let file = try CPSHarness.temporaryFolder().appendingPathComponent("report.html")
        let result = CPSHarness.run(["report", "--output", file.path])
        try #require(result.status == 0)
        return file
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

    @Test(.enabled(if: available, "Chromium is not installed; `.ci/run` installs it (apt-get install chromium)."))
    func makesAScreenshot() throws {
        let file = try writeReport()
        let shot = file.deletingLastPathComponent().appendingPathComponent("report.png")
        _ = try browse(["--hide-scrollbars", "--window-size=1280,1600", "--screenshot=\(shot.path)", file.absoluteString])
        let data = try Data(contentsOf: shot)
        #expect(data.starts(with: [0x89, 0x50, 0x4E, 0x47]))
        #expect(data.count > 20_000)
    }
}
