import CorporateParenting
import CPSKit
import Foundation

/// Generates the corpus, times every phase in Swift and in the Python reference, and prints the tables.
struct NationalBenchmark {
    var folder: String
    var runs: Int
    /// The Python 3 to run the reference with; nil skips it.
    var python: String?
    var cps: String
    /// This program, run with `--measure` to time other programs from a small process.
    var benchmark: String
    var reference: String
    /// The phases to run (by key); nil runs them all.
    var only: Set<String>?

    var packFolder: String { "\(folder)/packs" }
    var csvPath: String { "\(folder)/dfe-layout.csv" }
    var neighboursPath: String { "\(folder)/neighbours.csv" }
    func scaleFolder(_ scale: Int) -> String { "\(folder)/scale-\(scale)" }
    func packFiles(_ scale: Int) -> [String] { (0..<scale).map { "\(packFolder)/synthetic-\(String($0).leftPadded(4)).json" } }
    func wants(_ key: String) -> Bool { only?.contains(key) ?? true }
    /// Whether any phase timed at each scale of packs is wanted (start-up, findings, the snapshot, draft and the text phases are not).
    var wantsScales: Bool { only.map { !$0.subtracting(["startup", "findings", "snapshot", "draft", "find", "text-similarity"]).isEmpty } ?? true }

    /// Writes the largest corpus once, the CSV and the neighbours, and a folder of links for each scale.
    func prepare(scales: [Int]) {
        Files.makeFolder(folder)
        Files.makeFolder(packFolder)
        for (index, path) in packFiles(wantsScales ? scales.max() ?? 0 : 0).enumerated() where access(path, F_OK) != 0 {
            Files.write(Array(try! PackCoding.json(SyntheticCorpus.pack(index)).utf8), to: path)
        }
        Files.write(SyntheticCorpus.csv(), to: csvPath)
        let neighbours = SyntheticCorpus.neighbours().lists.sorted { $0.key < $1.key }
        let header = "old_la_code,la_name,region_ind,region_name," + (1...10).map { "SN_\($0),SN_\($0)P" }.joined(separator: ",") + "\n"
        let rows = neighbours.map { code, list in "\(code),Authority \(code),1,North West," + list.map { "\($0),Close" }.joined(separator: ",") }
        Files.write(Array((header + rows.joined(separator: "\n") + "\n").utf8), to: neighboursPath)
        for scale in scales where wantsScales {
            let target = scaleFolder(scale)
            Files.makeFolder(target)
            for file in packFiles(scale) { Files.link(file, target + "/" + (file.split(separator: "/").last.map(String.init) ?? "")) }
        }
    }

    /// Times every phase at one scale.
    func measure(scale: Int) -> ScaleResult {
        let files = packFiles(scale)
        let framework = OutcomeFramework.standard
        var result = ScaleResult(packs: scale)
        func add(_ key: String, _ name: String, _ timing: Double, bytes: Int? = nil, items: Int? = nil, checksum: String, floor: Bool = false) {
            result.phases.append(Phase(key: key, name: name, milliseconds: timing, bytes: bytes, items: items, checksum: checksum, floor: floor))
        }

        let read = Clock.median(runs) { files.reduce(0) { $0 + Files.read($1).count } }
        let bytes = read.result
        result.bytes = bytes
        add("read", "read the pack files", read.milliseconds, bytes: bytes, checksum: "\(bytes) bytes", floor: true)

        let contents = files.map(Files.read)
        if wants("load") {
            let decode = Clock.median(runs) { contents.map { try! PackCoding.readPacks($0) } }
            add("decode", "of which: read into the model (no checks)", decode.milliseconds, bytes: bytes, items: scale, checksum: "\(decode.result.count) packs")
            let check = Clock.median(runs) { decode.result.reduce(0) { $0 + PackValidator.validate(Self.input($1, framework)).count } }
            add("validate", "of which: every validation rule", check.milliseconds, items: scale, checksum: "\(check.result) findings")
            let decoder = JSONDecoder()
            let datas = contents.map { Data($0) }
            let foundation = Clock.median(runs) { datas.map { try! decoder.decode(AuthorityPack.self, from: $0) }.count }
            add("foundation", "Foundation JSONDecoder on the same packs", foundation.milliseconds, bytes: bytes, items: scale, checksum: "\(foundation.result) packs", floor: true)
        }
        let load = Clock.median(runs) { try! PackLoader().load([scaleFolder(scale)]) }
        let packs = load.result.map(\.pack)
        add("load", "load and validate the packs", load.milliseconds, bytes: bytes, items: scale, checksum: Self.loadChecksum(packs))

        if wants("coverage") {
            let coverage = Clock.median(runs) { () -> [CoverageMatrix] in
                let profiles = PackProfile.profiles(packs, framework: framework)
                return CoverageMatrix.matrices(profiles, framework: framework)
            }
            add("coverage", "profile the packs, coverage by principle, domain and measure", coverage.milliseconds, items: scale, checksum: Self.coverageChecksum(coverage.result))
        }
        let profiles = PackProfile.profiles(packs, framework: framework)
        let pairs = scale * (scale - 1) / 2
        if wants("compare") {
            let asOf = PartialDate(year: 2026, month: 11, day: 23)!
            let comparator = Comparator(framework: framework)
            let compare = Clock.median(max(1, runs / 2)) { () -> Int in
                let columns = profiles.map(comparator.column)
                return Parallel.sum(columns.count) { i in
                    ((i + 1)..<columns.count).reduce(0) { $0 + comparator.compare([columns[i], columns[$1]], asOf: asOf).measures.inCommon.count }
                }
            }
            add("compare", "compare every pair (\(pairs) pairs)", compare.milliseconds, items: pairs, checksum: "\(compare.result) measures in common")
        }
        if wants("similarity") {
            let similarity = Clock.median(runs) { SimilarityMatrix(profiles) }
            let thousandths = similarity.result.scores.joined().reduce(0) { $0 + Int(($1 * 1000).rounded()) }
            add("similarity", "similarity matrix", similarity.milliseconds, items: pairs, checksum: "\(thousandths) thousandths in all")
        }
        if wants("report") {
            let output = "\(folder)/report-\(scale).html"
            let report = measured([cps, "report", "--authority-path", scaleFolder(scale), "--as-of", "2026-11-23", "--output", output, "--force"])
            result.reportMemory = report.peakMB
            add("report", "whole HTML report, as a process", report.milliseconds, items: scale, checksum: report.status == 0 ? "\(Files.read(output).count) bytes of HTML" : "failed (status \(report.status))")
        }
        if wants("csv") {
            let csvBytes = Files.read(csvPath)
            let csv = Clock.median(runs) { try! DfETable(bytes: csvBytes, path: "dfe-layout.csv") }
            add("csv", "read the DfE-layout CSV into typed columns", csv.milliseconds, bytes: csvBytes.count, checksum: "\(csv.result.rowCount) rows")
        }
        if wants("benchmark") {
            let store = try! StatisticsStore.load(files: [csvPath], includeSnapshot: false, framework: framework)
            let engine = Benchmark(store: store, neighbours: SyntheticCorpus.neighbours(), framework: framework)
            let subjects = engine.authoritiesInStatistics
            let benchmark = Clock.median(runs) { engine.rows(measures: engine.measuresWithData, subjects: subjects, year: nil) }
            add("benchmark", "benchmark every authority on every measure", benchmark.milliseconds, items: benchmark.result.count,
                checksum: "rank sum \(benchmark.result.compactMap(\.rank).reduce(0, +))")
        }
        if wants("region") {
            let store = try! StatisticsStore.load(files: [csvPath], includeSnapshot: false, framework: framework)
            let engine = Benchmark(store: store, neighbours: SyntheticCorpus.neighbours(), framework: framework)
            let choices = RegionChoice.names(in: store).map { try! RegionChoice.resolve($0, in: store) }
            let asOf = PartialDate(year: 2026, month: 11, day: 23)!
            let regions = Clock.median(runs) {
                choices.map { RegionBenchmark($0, benchmark: engine, measures: engine.measuresWithData, year: nil, packs: [], asOf: asOf) }
            }
            let rows = regions.result.flatMap { $0.measures.flatMap(\.rows) }
            add("region", "every region whole (`cps region`), every authority on every measure", regions.milliseconds, items: rows.count,
                checksum: "region rank sum \(rows.compactMap(\.regionRank).reduce(0, +))")
        }
        if python != nil { addPython(to: &result, scale: scale) }
        return result
    }

    /// What validation reads of a pack file, as `cps` reads it: the pack and what the decoder noted.
    static func input(_ read: PackRead, _ framework: OutcomeFramework) -> ValidationInput {
        ValidationInput(pack: read.packs[0].pack, unknownKeys: read.report.unknownKeys, duplicateKeys: read.report.duplicateKeys,
                        flaggedTexts: read.report.strings, framework: framework)
    }

    /// Repeats one phase over 1,000 packs, for a profiler.
    func profile(_ phase: String) {
        let contents = packFiles(1000).map(Files.read)
        let reads = contents.map { try! PackCoding.readPacks($0) }
        let packs = reads.map(\.packs[0].pack)
        for _ in 0..<(phase == "coverage" ? 200 : 20) {
            switch phase {
            case "decode": _ = contents.map { try! PackCoding.readPacks($0).packs[0].pack }
            case "validate": _ = reads.map { PackValidator.validate(Self.input($0, .standard)).count }
            case "benchmark":
                let store = try! StatisticsStore.load(files: [csvPath], includeSnapshot: false, framework: .standard)
                let engine = Benchmark(store: store, neighbours: SyntheticCorpus.neighbours(), framework: .standard)
                let subjects = engine.authoritiesInStatistics
                for _ in 0..<50 { _ = engine.rows(measures: engine.measuresWithData, subjects: subjects, year: nil) }
            case "coverage":
                let profiles = PackProfile.profiles(packs, framework: .standard)
                _ = CoverageMatrix.matrices(profiles, framework: .standard)
            default: _ = try! PackLoader().load([scaleFolder(1000)])
            }
        }
    }

    /// The median start-up of `cps list` on the built-in councils, and of `true` (the floor of starting any
    /// process, which shows how busy the machine is), in milliseconds, over `count` runs.
    func startUp(count: Int = 51) -> (cps: Double, floor: Double) {
        let trueProgram = access("/bin/true", X_OK) == 0 ? "/bin/true" : "/usr/bin/true"
        return (measured([cps, "list"], runs: count).milliseconds, measured([trueProgram], runs: count).milliseconds)
    }

    /// A program's median time over the runs, and its largest peak memory, each run timed by a small process.
    func measured(_ arguments: [String], runs: Int? = nil) -> (milliseconds: Double, peakMB: Double, status: Int32) {
        var times: [Double] = [], peak = 0.0, status: Int32 = 0
        for _ in 0..<(runs ?? self.runs) {
            let fields = (Files.output([benchmark, "--measure"] + arguments) ?? "").split(whereSeparator: { $0 == " " || $0 == "\n" }).compactMap { Double($0) }
            guard fields.count == 3 else { return (0, 0, -1) }
            times.append(fields[0])
            peak = max(peak, fields[1])
            if fields[2] != 0 { status = Int32(fields[2]) }
        }
        return (Clock.median(of: times), peak, status)
    }

    /// What was loaded: packs, items (top-level ones apart), actions, and metrics the strategies monitor.
    static func loadChecksum(_ packs: [AuthorityPack]) -> String {
        var top = 0, items = 0, actions = 0, metrics = 0
        for pack in packs {
            let index = PackIndex(pack)
            top += index.topItems.count
            items += index.items.count
            actions += index.actions.count
            metrics += index.evidence.filter { $0.value.kind == .metric && $0.value.purpose == .monitor }.count
        }
        return "\(packs.count) packs, \(items) items (\(top) top-level), \(actions) actions, \(metrics) metrics monitored"
    }

    static func coverageChecksum(_ matrices: [CoverageMatrix]) -> String {
        matrices.map { matrix in String(matrix.rows.reduce(0) { sum, row in sum + row.cells.reduce(0) { $0 + $1.level.rank } }) }.joined(separator: "/")
    }
}

extension String {
    func leftPadded(_ width: Int) -> String { count >= width ? self : String(repeating: "0", count: width - count) + self }
}
