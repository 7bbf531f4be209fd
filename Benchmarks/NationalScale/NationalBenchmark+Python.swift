import Foundation

extension NationalBenchmark {
    /// Runs the Python reference on the same files and puts its timings and checksums beside cps's.
    func addPython(to result: inout ScaleResult, scale: Int) {
        guard let python else { return }
        let arguments = [python, reference, scaleFolder(scale), csvPath, neighboursPath, String(runs)]
        if let output = Files.output(arguments + ["--phases", (only ?? Set(Self.pythonPhases)).sorted().joined(separator: ",")]),
           let data = output.data(using: .utf8),
           let timings = try? JSONSerialization.jsonObject(with: data) as? [String: [Any]] {
            for index in result.phases.indices {
                guard let timing = timings[result.phases[index].key], timing.count == 2 else { continue }
                result.phases[index].python = timing[0] as? Double
                result.phases[index].pythonChecksum = timing[1] as? String
            }
        } else {
            print("The Python reference failed: \(arguments.joined(separator: " "))")
        }
        if wants("report"), let index = result.phases.firstIndex(where: { $0.key == "report" }) {
            let report = measured(arguments + ["--phase", "report"])
            result.phases[index].python = report.milliseconds
            result.phases[index].pythonChecksum = report.status == 0 ? "" : "failed (status \(report.status))"
            result.pythonReportMemory = report.peakMB
        }
    }

    static let pythonPhases = ["read", "load", "coverage", "compare", "similarity", "csv", "benchmark"]
}
