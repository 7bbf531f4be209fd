import Foundation
import Testing

/// Linear work at scale, through the real `cps` binary: a pack repeating one entry 4,000 times, a pack with
/// 50,000 findings, and a folder of many packs. Each limit is generous (the debug build does each in a second or
/// a few); the quadratic steps these replaced took more than ten times the limit at these sizes (see each test).
@Suite struct ScaleTests {
    /// Runs the binary with `arguments`, stopping it after `limit` seconds (a run stopped so fails its test).
    func run(_ arguments: [String], limit: Double) throws -> RealBinary.Result {
        let result = try RealBinary.run(arguments, seconds: limit)
        #expect(result.reason == .exit && !result.timedOut, "crashed or stopped after \(Int(result.seconds)) s: \(arguments)")
        #expect(result.seconds < limit, "\(arguments) took \(result.seconds) s")
        return result
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
