import Foundation

// The national-scale benchmark: see README "Performance". Usage:
//   swift build -c release && .build/release/cps-benchmark [--scales 250,500,1000,2000] [--runs 5]
//       [--python python3 | --python none] [--folder /tmp/cps-benchmark] [--cps PATH] [--only load,report,...]
//       [--findings 1000,10000,50000]
//   .build/release/cps-benchmark --profile decode|validate|load|coverage  (repeats one phase over 1,000 packs, for perf)
//   .build/release/cps-benchmark --profile report [--scales N]  (times each part of the report over N packs, 1,000 by default)
//   .build/release/cps-benchmark --measure PROGRAM ARGS...  (prints milliseconds, peak MB and exit status of one run)
let usage = """
    Usage: cps-benchmark [--scales 250,500,1000,2000] [--runs 5] [--python python3 | --python none]
                         [--folder /tmp/cps-benchmark] [--cps PATH] [--only startup,load,coverage,compare,similarity,report,csv,benchmark,region,findings,snapshot,draft,find,text-similarity]
                         [--findings 1000,10000,50000]   (the numbers of findings the findings phase validates)
           cps-benchmark --profile decode|validate|load|coverage|benchmark   (repeats one phase over 1,000 packs, for perf)
           cps-benchmark --profile report [--scales N]   (times each part of the report over N packs, 1,000 by default)
           cps-benchmark --measure PROGRAM ARGS...   (prints milliseconds, peak MB and exit status of one run)
    Build cps in the same configuration first (`swift build -c release`): the startup and report phases run it.
    """
if CommandLine.arguments.dropFirst().first.map({ ["--help", "-h"].contains($0) }) == true {
    print(usage)
    exit(0)
}
if CommandLine.arguments.count > 2, CommandLine.arguments[1] == "--measure" {
    // A small process timing one run of a program: measured from here, its peak memory is its own, not this
    // benchmark's (a child spawned from a large process inherits the large process's high-water mark).
    let start = Clock.now()
    let run = Files.run(Array(CommandLine.arguments.dropFirst(2)))
    print((Clock.now() - start) * 1000, run.peakMB, run.status)
    exit(0)
}

var options: [String: String] = [:]
var index = 1
while index < CommandLine.arguments.count {
    let name = CommandLine.arguments[index]
    if name.hasPrefix("--"), index + 1 < CommandLine.arguments.count {
        options[String(name.dropFirst(2))] = CommandLine.arguments[index + 1]
        index += 2
    } else {
        print("Unknown argument \(name).\n" + usage)
        exit(64)
    }
}
let scales = (options["scales"] ?? "250,500,1000,2000").split(separator: ",").compactMap { Int($0) }
let executables = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().path
let bench = NationalBenchmark(
    folder: options["folder"] ?? "/tmp/cps-benchmark",
    runs: Int(options["runs"] ?? "5") ?? 5,
    python: options["python"] == "none" ? nil : options["python"] ?? "python3",
    cps: options["cps"] ?? executables + "/cps",
    benchmark: CommandLine.arguments[0],
    reference: URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("reference.py").path,
    only: options["only"].map { Set($0.split(separator: ",").map(String.init)) }
)
bench.prepare(scales: scales)
if let phase = options["profile"] {
    if phase == "report" { bench.reportParts(scale: options["scales"] == nil ? 1000 : scales.first ?? 1000) } else { bench.profile(phase) }
    exit(0)
}
let startUp = bench.wants("startup") ? bench.startUp() : nil
var results: [ScaleResult] = []
if bench.wantsScales {
    for scale in scales {
        results.append(bench.measure(scale: scale))
    }
}
let findingCounts = (options["findings"] ?? "1000,10000,50000").split(separator: ",").compactMap { Int($0) }
let findings = bench.wants("findings") ? bench.findingsScaling(findingCounts) : []
let snapshot = bench.wants("snapshot") ? bench.snapshotTimings() : []
let drafts = bench.wants("draft") ? bench.draftTimings() : []
let text = bench.wants("find") || bench.wants("text-similarity") ? bench.textTimings() : []
print(bench.markdown(results, startUp: startUp) + (findings.isEmpty ? "" : bench.findingsMarkdown(findings)) + (snapshot.isEmpty ? "" : bench.snapshotMarkdown(snapshot))
      + (drafts.isEmpty ? "" : bench.draftMarkdown(drafts)) + (text.isEmpty ? "" : bench.textMarkdown(text)))
