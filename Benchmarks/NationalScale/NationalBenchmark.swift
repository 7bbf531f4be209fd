import CorporateParenting
import CPSKit
import Foundation

/// Generates the corpus, times every phase in Swift and in the Python reference, and prints the table.
struct NationalBenchmark {
    var folder: String
    var runs: Int
    var python: String
    var cps: String
    var reference: String

    struct Phase {
        var name: String
        var milliseconds: Double
        var bytes: Int?
        var items: Int?
        var python: Double?
        var checksum: String
        var pythonChecksum: String?
    }

    struct ScaleResult {
        var packs: Int
        var megabytes: Double
        var phases: [Phase]
        var peakMemory: Double
        var reportMemory: Double
    }

    var packFolder: String { "\(folder)/packs" }
    var csvPath: String { "\(folder)/dfe-layout.csv" }
    func scaleFolder(_ scale: Int) -> String { "\(folder)/scale-\(scale)" }

    /// Writes the largest corpus once and a folder of links for each scale.
    func prepare(largest: Int) {
        Files.makeFolder(folder)
        Files.makeFolder(packFolder)
        for index in 0..<largest {
            let path = "\(packFolder)/synthetic-\(String(index).leftPadded(4)).json"
            if access(path, F_OK) != 0 {
                Files.write(Array(try! PackCoding.json(SyntheticCorpus.pack(index)).utf8), to: path)
            }
        }
        Files.write(SyntheticCorpus.csv(), to: csvPath)
        let neighbours = SyntheticCorpus.neighbours().lists.sorted { $0.key < $1.key }
        let header = "old_la_code,la_name,region_ind,region_name," + (1...10).map { "SN_\($0),SN_\($0)P" }.joined(separator: ",") + "\n"
        let rows = neighbours.map { code, list in "\(code),Authority \(code),1,North West," + list.map { "\($0),Close" }.joined(separator: ",") }.joined(separator: "\n")
        Files.write(Array((header + rows + "\n").utf8), to: "\(folder)/neighbours.csv")
    }

    func packFiles(_ scale: Int) -> [String] {
        (0..<scale).map { "\(packFolder)/synthetic-\(String($0).leftPadded(4)).json" }
    }

    func measure(scale: Int) -> ScaleResult {
        let target = scaleFolder(scale)
        Files.makeFolder(target)
        for file in packFiles(scale) { Files.link(file, target + "/" + (file.split(separator: "/").last.map(String.init) ?? "")) }
        let files = packFiles(scale)
        let framework = OutcomeFramework.standard
        var phases: [Phase] = []

        let read = Clock.median(runs) { files.reduce(0) { $0 + Files.read($1).count } }
        let bytes = read.result
        phases.append(Phase(name: "read the pack files (floor)", milliseconds: read.milliseconds, bytes: bytes, checksum: "\(bytes) bytes"))

        let contents = files.map(Files.read)
        let decode = Clock.median(runs) { contents.map { try! PackReader.read($0).packs[0].pack } }
        phases.append(Phase(name: "read the packs into the model (no checks)", milliseconds: decode.milliseconds, bytes: bytes, items: scale, checksum: "\(decode.result.count) packs"))
        let check = Clock.median(runs) { decode.result.reduce(0) { $0 + PackValidator.validate($1, framework: framework).count } }
        phases.append(Phase(name: "validate the packs (every rule)", milliseconds: check.milliseconds, items: scale, checksum: "\(check.result) findings"))

        let load = Clock.median(runs) { try! PackLoader().load([target]) }
        let authorities = load.result
        phases.append(Phase(name: "load and validate the packs", milliseconds: load.milliseconds, bytes: bytes, items: scale, checksum: Self.loadChecksum(authorities.map(\.pack))))

        let decoder = JSONDecoder()
        let datas = files.map { Data(Files.read($0)) }
        let foundation = Clock.median(runs) { datas.map { try! decoder.decode(AuthorityPack.self, from: $0) }.count }
        phases.append(Phase(name: "Foundation JSONDecoder on the same packs (floor)", milliseconds: foundation.milliseconds, bytes: bytes, items: scale, checksum: "\(foundation.result) packs"))

        let profiles = authorities.map { PackProfile($0.pack, framework: framework) }
        let coverage = Clock.median(runs) { CoverageDimension.allCases.map { CoverageMatrix(profiles, by: $0, framework: framework) } }
        phases.append(Phase(name: "coverage (principles, domains, measures)", milliseconds: coverage.milliseconds, items: scale, checksum: Self.coverageChecksum(coverage.result)))

        let asOf = PartialDate(year: 2026, month: 11, day: 23)!
        let pairs = scale * (scale - 1) / 2
        let compare = Clock.median(max(1, runs / 2)) { () -> Int in
            var total = 0
            for i in 0..<profiles.count {
                for j in (i + 1)..<profiles.count {
                    total += Comparison([profiles[i], profiles[j]], asOf: asOf, framework: framework).measures.inCommon.count
                }
            }
            return total
        }
        phases.append(Phase(name: "compare every pair (\(pairs) pairs)", milliseconds: compare.milliseconds, items: pairs, checksum: "\(compare.result) measures in common"))

        let similarity = Clock.median(runs) { SimilarityMatrix(profiles) }
        let scoreSum = similarity.result.scores.joined().reduce(0, +)
        phases.append(Phase(name: "similarity matrix", milliseconds: similarity.milliseconds, items: pairs, checksum: String(format: "%.3f", scoreSum)))

        let report = Clock.median(runs) {
            Files.run([cps, "report", "--authority-path", target, "--stats", csvPath, "--no-snapshot", "--neighbours", "\(folder)/neighbours.csv",
                       "--as-of", "2026-11-23", "--output", "\(folder)/report-\(scale).html", "--force"])
        }
        let reportBytes = Files.read("\(folder)/report-\(scale).html").count
        phases.append(Phase(name: "whole HTML report, as a process", milliseconds: report.milliseconds, items: scale, checksum: "\(reportBytes) bytes of HTML"))

        let csvBytes = Files.read(csvPath)
        let csv = Clock.median(runs) { try! DfETable(bytes: csvBytes, path: "synthetic.csv") }
        phases.append(Phase(name: "read the DfE-layout CSV", milliseconds: csv.milliseconds, bytes: csvBytes.count, checksum: "\(csv.result.rows.count) rows"))

        let store = try! StatisticsStore.load(files: [csvPath], includeSnapshot: false, framework: framework)
        let engine = Benchmark(store: store, neighbours: SyntheticCorpus.neighbours(), framework: framework)
        let subjects = (0..<155).compactMap { engine.subject(code: SyntheticCorpus.dfeCode($0)) }
        let benchmark = Clock.median(runs) { engine.rows(measures: engine.measuresWithData, subjects: subjects, year: nil) }
        let rankSum = benchmark.result.compactMap(\.rank).reduce(0, +)
        phases.append(Phase(name: "benchmark every authority on every measure", milliseconds: benchmark.milliseconds, items: benchmark.result.count, checksum: "rank sum \(rankSum)"))

        return ScaleResult(packs: scale, megabytes: Double(bytes) / 1_000_000, phases: phases, peakMemory: Clock.peakMemoryMB(), reportMemory: Clock.childrenPeakMemoryMB())
    }

    static func loadChecksum(_ packs: [AuthorityPack]) -> String {
        "\(packs.count) packs, \(packs.reduce(0) { $0 + $1.priorities.count }) priorities, \(packs.reduce(0) { $0 + $1.allCommitments.count }) commitments, \(packs.reduce(0) { $0 + $1.allMeasures.count }) measures"
    }

    static func coverageChecksum(_ matrices: [CoverageMatrix]) -> String {
        matrices.map { matrix in String(matrix.rows.reduce(0) { $0 + $1.cells.reduce(0) { $0 + $1.weight } }) }.joined(separator: "/")
    }

    func markdown(_ results: [ScaleResult]) -> String {
        var text = ""
        for result in results {
            text += "\n### \(result.packs) packs (\(String(format: "%.1f", result.megabytes)) MB)\n\n| Phase | Median | Throughput | Check |\n|---|---:|---:|---|\n"
            for phase in result.phases {
                var throughput = ""
                if let bytes = phase.bytes { throughput = String(format: "%.0f MB/s", Double(bytes) / 1_000_000 / (phase.milliseconds / 1000)) }
                else if let items = phase.items { throughput = String(format: "%.0f /s", Double(items) / (phase.milliseconds / 1000)) }
                text += "| \(phase.name) | \(String(format: "%.1f", phase.milliseconds)) ms | \(throughput) | \(phase.checksum) |\n"
            }
            text += "\nPeak memory: \(String(format: "%.0f", result.peakMemory)) MB (benchmark process), \(String(format: "%.0f", result.reportMemory)) MB (largest `cps report` process).\n"
        }
        return text
    }
}

extension String {
    func leftPadded(_ width: Int) -> String { count >= width ? self : String(repeating: "0", count: width - count) + self }
}
