import CorporateParenting
import CPSKit
import Foundation

// The national-scale benchmark: see README "Performance". Usage:
//   swift run -c release cps-benchmark [--scales 250,500,1000,2000] [--runs 5] [--python python3] [--folder /tmp/cps-benchmark]
var options: [String: String] = [:]
var index = 1
while index < CommandLine.arguments.count {
    let name = CommandLine.arguments[index]
    if name.hasPrefix("--"), index + 1 < CommandLine.arguments.count {
        options[String(name.dropFirst(2))] = CommandLine.arguments[index + 1]
        index += 2
    } else {
        index += 1
    }
}
let scales = (options["scales"] ?? "250,500,1000,2000").split(separator: ",").compactMap { Int($0) }
let runs = Int(options["runs"] ?? "5") ?? 5
let python = options["python"] ?? "python3"
let folder = options["folder"] ?? "/tmp/cps-benchmark"
let executables = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().path
let reference = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("reference.py").path

if let phase = options["profile"] {
    // Repeats one phase for a profiler: decode or validate.
    let files = (0..<1000).map { "\(folder)/packs/synthetic-\(String($0).leftPadded(4)).json" }.map(Files.read)
    let packs = files.map { try! PackReader.read($0).packs[0].pack }
    for _ in 0..<10 {
        if phase == "decode" { _ = files.map { try! PackReader.read($0).packs[0].pack } }
        if phase == "validate" { _ = packs.map { PackValidator.validate($0).count } }
    }
    exit(0)
}

let bench = NationalBenchmark(folder: folder, runs: runs, python: python, cps: executables + "/cps", reference: reference)
bench.prepare(largest: scales.max() ?? 1000)
var results: [NationalBenchmark.ScaleResult] = []
for scale in scales {
    results.append(bench.measure(scale: scale))
}
print(bench.markdown(results))
