import Foundation

extension NationalBenchmark {
    /// The results as Markdown: one table per scale, then how each phase grows with the number of packs.
    func markdown(_ results: [ScaleResult], startUp: (cps: Double, floor: Double)?) -> String {
        var text = ""
        if let startUp {
            text += "`cps list` start-up (median of 51 runs, \(cps)): \(Self.ms(startUp.cps)); "
            text += "the floor, starting `true`: \(Self.ms(startUp.floor)).\n"
        }
        for result in results {
            text += "\n### \(result.packs) packs (\(String(format: "%.1f", result.megabytes)) MB)\n\n"
            text += "| Phase | cps | Throughput | Python | cps vs Python | Check |\n|---|---:|---:|---:|---:|---|\n"
            for phase in result.phases {
                var throughput = ""
                if let bytes = phase.bytes { throughput = String(format: "%.0f MB/s", Double(bytes) / 1_000_000 / (phase.milliseconds / 1000)) }
                else if let items = phase.items { throughput = String(format: "%.0f /s", Double(items) / (phase.milliseconds / 1000)) }
                let python = phase.python.map(Self.ms) ?? ""
                let ratio = phase.python.map { String(format: "%.1fx", $0 / phase.milliseconds) } ?? ""
                let name = phase.floor ? "*floor:* \(phase.name)" : phase.name
                text += "| \(name) | \(Self.ms(phase.milliseconds)) | \(throughput) | \(python) | \(ratio) | \(check(phase)) |\n"
            }
            if let memory = result.reportMemory {
                text += "\nPeak memory of `cps report`: \(String(format: "%.0f", memory)) MB" +
                    (result.pythonReportMemory.map { String(format: " (Python's report: %.0f MB)", $0) } ?? "") + ".\n"
            }
        }
        if results.count > 1 { text += growth(results) }
        return text
    }

    func check(_ phase: Phase) -> String {
        guard let other = phase.pythonChecksum, !other.isEmpty else { return phase.checksum }
        return other == phase.checksum ? "\(phase.checksum) (same in Python)" : "\(phase.checksum); **Python: \(other)**"
    }

    /// Whole-process runs as a Markdown table: each run's time beside Python's, their ratio and the check.
    func processTable(_ phases: [Phase]) -> String {
        var text = "| Run | cps | Python | cps vs Python | Check |\n|---|---:|---:|---:|---|\n"
        for phase in phases {
            let python = phase.python.map(Self.ms) ?? ""
            let ratio = phase.python.map { String(format: "%.1fx", $0 / phase.milliseconds) } ?? ""
            text += "| \(phase.name) | \(Self.ms(phase.milliseconds)) | \(python) | \(ratio) | \(check(phase)) |\n"
        }
        return text
    }

    /// Each phase's time at each scale, and how it grows from the smallest scale to the largest.
    func growth(_ results: [ScaleResult]) -> String {
        let first = results[0], last = results[results.count - 1]
        var text = "\n### Growth\n\n| Phase | " + results.map { "\($0.packs) packs" }.joined(separator: " | ") +
            " | \(last.packs / max(1, first.packs))x packs gives |\n|---|" + String(repeating: "---:|", count: results.count + 1) + "\n"
        for phase in first.phases where !phase.floor {
            let times = results.map { result in result.phases.first { $0.key == phase.key }?.milliseconds }
            let growth = times.first.flatMap { start in times.last.flatMap { end in start.flatMap { s in end.map { String(format: "%.1fx", $0 / s) } } } } ?? ""
            text += "| \(phase.name.replacingOccurrences(of: " (\(first.packs * (first.packs - 1) / 2) pairs)", with: "")) | " +
                times.map { $0.map(Self.ms) ?? "" }.joined(separator: " | ") + " | \(growth) |\n"
        }
        return text
    }

    static func ms(_ milliseconds: Double) -> String {
        milliseconds >= 100 ? String(format: "%.0f ms", milliseconds) : String(format: "%.1f ms", milliseconds)
    }
}
