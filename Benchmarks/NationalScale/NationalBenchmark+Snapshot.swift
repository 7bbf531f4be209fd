import CPSKit
import Foundation

extension NationalBenchmark {
    /// The built-in snapshot at work, each as a process: the start-up of a command that reads it, and `cps region`
    /// for every region (so every authority on every measure), beside the Python reference on the same figures.
    func snapshotTimings() -> [Phase] {
        var phases: [Phase] = []
        let benchmark = measured([cps, "benchmark", "placement-stability-long-term", "--la", "343"])
        phases.append(Phase(key: "snapshot-startup", name: "`cps benchmark placement-stability-long-term --la 343` (reads the snapshot)",
                            milliseconds: benchmark.milliseconds, items: nil, checksum: "status \(benchmark.status), \(String(format: "%.0f", benchmark.peakMB)) MB", floor: false))
        let measuresPath = "\(folder)/measures.json"
        Files.write(Array((Files.output([cps, "measures", "--format", "json"]) ?? "[]").utf8), to: measuresPath)
        let snapshot = URL(fileURLWithPath: reference).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Sources/Host/Engine/Statistics/StatisticsSnapshot+Data.swift").path
        var total = Phase(key: "region-all", name: "every region, one after another", milliseconds: 0, checksum: "", floor: false)
        var authorities = 0, rankSum = 0, pythonAuthorities = 0, pythonRankSum = 0
        for region in AuthorityDirectory.regions {
            let output = "\(folder)/region-\(region.replacingOccurrences(of: " ", with: "-")).csv"
            let run = measured([cps, "region", region, "--format", "csv", "--output", output, "--force", "--quiet"])
            let checksum = Self.regionChecksum(output)
            authorities += checksum.authorities
            rankSum += checksum.rankSum
            var phase = Phase(key: "region", name: "`cps region \"\(region)\"`", milliseconds: run.milliseconds, items: checksum.authorities,
                              checksum: run.status == 0 ? "\(checksum.authorities) authorities, region rank sum \(checksum.rankSum)" : "failed (status \(run.status))", floor: false)
            if let python {
                let script = URL(fileURLWithPath: reference).deletingLastPathComponent().appendingPathComponent("region_reference.py").path
                let arguments = [python, script, snapshot, measuresPath, region, "\(folder)/python-region.csv"]
                phase.python = measured(arguments).milliseconds
                let fields = (Files.output(arguments) ?? "").split(whereSeparator: \.isWhitespace).compactMap { Int($0) }
                if fields.count == 2 {
                    phase.pythonChecksum = "\(fields[0]) authorities, region rank sum \(fields[1])"
                    pythonAuthorities += fields[0]
                    pythonRankSum += fields[1]
                }
                total.python = (total.python ?? 0) + (phase.python ?? 0)
            }
            total.milliseconds += phase.milliseconds
            phases.append(phase)
        }
        total.items = authorities
        total.checksum = "\(authorities) authorities, region rank sum \(rankSum)"
        if python != nil { total.pythonChecksum = "\(pythonAuthorities) authorities, region rank sum \(pythonRankSum)" }
        phases.append(total)
        return phases
    }

    /// How many authorities a `cps region` CSV holds, and the sum of its ranks within the region.
    static func regionChecksum(_ path: String) -> (authorities: Int, rankSum: Int) {
        guard let table = try? CSVReader.read(Files.read(path)),
              let code = table.header.firstIndex(of: "dfeCode"), let rank = table.header.firstIndex(of: "regionRank") else { return (0, 0) }
        return (Set(table.rows.map { $0[code] }).count, table.rows.reduce(0) { $0 + (Int($1[rank]) ?? 0) })
    }

    /// The snapshot timings as Markdown.
    func snapshotMarkdown(_ phases: [Phase]) -> String {
        var text = "\n### The built-in snapshot, as processes\n\n"
        text += "Each run is a whole process (median of \(runs)). The Python reference (`Benchmarks/region_reference.py`) reads the same "
        text += "figures from the snapshot's source file and writes the same table (figure, rank in England and in the region, quartile, "
        text += "neighbours' mean and median, trend) for every measure and authority of the region.\n\n"
        return text + processTable(phases)
    }
}
