import CorporateParenting
import CPSKit
import Foundation

extension NationalBenchmark {
    /// The path of a findings pack.
    func findingsPath(_ kind: FindingsCorpus.Kind, _ findings: Int) -> String { "\(folder)/findings-\(kind.rawValue)-\(findings).json" }

    /// Validates packs of each kind with each number of findings, in process, as a process and in Python.
    func findingsScaling(_ counts: [Int]) -> [FindingsTiming] {
        var timings: [FindingsTiming] = []
        for kind in FindingsCorpus.Kind.allCases {
            for count in counts {
                let path = findingsPath(kind, count)
                Files.write(Array(FindingsCorpus.json(kind, findings: count).utf8), to: path)
                let report = Clock.median(runs) { ValidationReport(paths: [path], maximumBytes: Int.max, framework: .standard) }
                let total = report.result.total(.error) + report.result.total(.warning)
                let process = measured([cps, "validate", path, "--max-pack-bytes", String(Int.max)])
                timings.append(FindingsTiming(
                    kind: kind, findings: total, bytes: Files.read(path).count, milliseconds: report.milliseconds,
                    processMilliseconds: process.status == 1 ? process.milliseconds : .nan,
                    checksum: "\(report.result.total(.error)) errors"
                ))
            }
        }
        if let python {
            let paths = timings.map { findingsPath($0.kind, $0.findings) }
            if let output = Files.output([python, reference, "--findings", paths.joined(separator: ","), String(runs)]),
               let results = try? JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: [Any]] {
                for index in timings.indices {
                    let result = results[paths[index]]
                    timings[index].python = result?.first as? Double
                    timings[index].pythonChecksum = result?.last as? String
                }
            } else {
                print("The Python reference failed on the findings packs.")
            }
        }
        return timings
    }

    /// The findings timings as Markdown.
    func findingsMarkdown(_ timings: [FindingsTiming]) -> String {
        var text = "\n### Validation against the number of findings\n\n"
        text += "Each pack is the first synthetic pack with a section added: *repeated* gives one metric again and again with its id "
        text += "(every copy a `duplicate-id` error); *mixed* adds metrics that each break five rules (two errors, three warnings). "
        text += "In process is `ValidationReport` (read, decode, every rule, lines and columns, the cap of 100 listed per rule); "
        text += "the process is `cps validate`, printing the capped list. Time per finding stays flat when the work is linear. "
        text += "The Python reference checks only the error-level rules, so it counts the errors: for *repeated* it does the "
        text += "same work (count the duplicate ids); for *mixed* it skips the three warnings' rules and gives no line or column, "
        text += "so it is a floor rather than the same work.\n\n"
        text += "| Pack | Findings | MB | In process | Per finding | `cps validate` | Per finding | Python | Per finding | Check |\n"
        text += "|---|---:|---:|---:|---:|---:|---:|---:|---:|---|\n"
        for timing in timings {
            let python = timing.python.map { "\(Self.ms($0)) | \(timing.perFinding($0))" } ?? " | "
            let check = timing.pythonChecksum.map { $0 == timing.checksum ? "\(timing.checksum) (same in Python)" : "\(timing.checksum); **Python: \($0)**" } ?? timing.checksum
            text += "| \(timing.kind.rawValue) | \(timing.findings) | \(String(format: "%.1f", Double(timing.bytes) / 1_000_000)) | "
            text += "\(Self.ms(timing.milliseconds)) | \(timing.perFinding(timing.milliseconds)) | "
            text += "\(Self.ms(timing.processMilliseconds)) | \(timing.perFinding(timing.processMilliseconds)) | \(python) | \(check) |\n"
        }
        return text
    }
}
