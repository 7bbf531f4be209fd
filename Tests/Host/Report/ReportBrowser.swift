@testable import CPSEngine
@testable import CPSKit
import Foundation
import Testing

/// Headless Chromium for the report's browser tests, and the one report they share (made once per run).
enum ReportBrowser {
    static let path: String? = {
        let candidates = [ProcessInfo.processInfo.environment["CPS_CHROMIUM"]].compactMap { $0 }
            + ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome", "/usr/local/bin/chromium"]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) }
    }()

    static let required = ProcessInfo.processInfo.environment["CI"] == "true"
    static let available = path != nil || required

    /// The report on the five built-in councils, written once for every browser test.
    static let report: URL? = {
        guard let folder = try? CPSHarness.temporaryFolder() else { return nil }
        let file = folder.appendingPathComponent("report.html")
        return CPSHarness.run(["report", "--output", file.path]).status == 0 ? file : nil
    }()

    /// Runs the browser with a time limit and returns its standard output and error.
    static func browse(_ arguments: [String]) throws -> (out: String, error: String, status: Int32) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try #require(path, "CI=true but no Chromium was found"))
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

    /// A PNG's width and height, from its header; `nil` when the data is not a PNG.
    static func pngSize(_ data: Data) -> (width: Int, height: Int)? {
        let bytes = [UInt8](data.prefix(24))
        guard bytes.count == 24, bytes.starts(with: [0x89, 0x50, 0x4E, 0x47]) else { return nil }
        func integer(_ at: Int) -> Int { bytes[at..<at + 4].reduce(0) { $0 << 8 | Int($1) } }
        return (integer(16), integer(20))
    }
}
