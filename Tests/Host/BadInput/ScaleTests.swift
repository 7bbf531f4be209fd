import Foundation
import Testing

/// Linear work at scale, through the real `cps` binary: a pack repeating one entry 4,000 times, a pack with
/// 50,000 findings, and a folder of many packs. Each limit is generous (the debug build does each in a second or
/// a few); the quadratic steps these replaced took more than ten times the limit at these sizes (see each test).
@Suite struct ScaleTests {
    struct Run {
        var status: Int32
        var out: String
        var error: String
        var seconds: Double
        var lines: [Substring] { out.split(separator: "\n") }
    }

    /// Runs the binary with `arguments`, stopping it after `limit` seconds (a run stopped so fails its test).
    func run(_ arguments: [String], limit: Double) throws -> Run {
        let binary = try #require(BadInputTests.binary)
        let folder = try CPSHarness.temporaryFolder()
        let out = folder.appendingPathComponent("out"), error = folder.appendingPathComponent("err")
        _ = FileManager.default.createFile(atPath: out.path, contents: nil)
        _ = FileManager.default.createFile(atPath: error.path, contents: nil)
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.environment = ["PATH": "/usr/bin:/bin", "SWIFT_BACKTRACE": "enable=no"]
        process.standardOutput = try FileHandle(forWritingTo: out)
        process.standardError = try FileHandle(forWritingTo: error)
        let start = Date()
        try process.run()
        while process.isRunning, Date().timeIntervalSince(start) < limit { Thread.sleep(forTimeInterval: 0.05) }
        if process.isRunning { process.terminate() }
        process.waitUntilExit()
        let seconds = Date().timeIntervalSince(start)
        #expect(process.terminationReason == .exit, "crashed or stopped after \(Int(seconds)) s: \(arguments)")
        #expect(seconds < limit, "\(arguments) took \(seconds) s")
        return Run(status: process.terminationStatus, out: try String(contentsOf: out, encoding: .utf8),
                   error: try String(contentsOf: error, encoding: .utf8), seconds: seconds)
    }

    func write(_ text: String, _ name: String) throws -> String {
        let file = try CPSHarness.temporaryFolder().appendingPathComponent(name)
        try text.write(to: file, atomically: false, encoding: .utf8)
        return file.path
    }

    /// The 1-based line `line` of `text`, from column `column` on.
    func text(_ text: String, line: Int, column: Int) -> String {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.indices.contains(line - 1) else { return "" }
        return String(lines[line - 1].dropFirst(column - 1))
    }
}
