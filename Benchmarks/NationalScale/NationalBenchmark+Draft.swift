import CorporateParenting
import Foundation

extension NationalBenchmark {
    /// `cps draft` on the longest seed document (`../shared/seeds/`), as a process, beside the Python reference
    /// (`Benchmarks/draft_reference.py`) doing the same splitting; the check is the number of headings found.
    /// Nothing when the seeds are absent.
    func draftTimings() -> [Phase] {
        let root = URL(fileURLWithPath: reference).deletingLastPathComponent().deletingLastPathComponent()
        let seeds = root.deletingLastPathComponent().appendingPathComponent("shared/seeds")
        let files = ((try? FileManager.default.contentsOfDirectory(atPath: seeds.path)) ?? []).filter { $0.hasSuffix(".txt") }.sorted()
        let sized = files.map { ($0, (try? FileManager.default.attributesOfItem(atPath: seeds.appendingPathComponent($0).path)[.size] as? Int) ?? 0) }
        guard let longest = sized.max(by: { $0.1 < $1.1 || ($0.1 == $1.1 && $0.0 > $1.0) }) else {
            print("../shared/seeds is not here, so the draft phase is skipped.")
            return []
        }
        let input = seeds.appendingPathComponent(longest.0).path
        let output = "\(folder)/draft.json"
        let run = measured([cps, "draft", input, "--name", "Benchmark Council", "--output", output, "--force", "--quiet"])
        var headings = 0
        if let bytes = FileManager.default.contents(atPath: output), let pack = try? PackCoding.decodePack(Array(bytes)) {
            headings = PackIndex(pack).outline.count
        }
        var phase = Phase(key: "draft", name: "`cps draft` on \(longest.0) (\(longest.1 / 1024) KB)", milliseconds: run.milliseconds, bytes: longest.1,
                          items: headings, checksum: run.status == 0 ? "\(headings) headings" : "failed (status \(run.status))", floor: false)
        if let python {
            let script = URL(fileURLWithPath: reference).deletingLastPathComponent().appendingPathComponent("draft_reference.py").path
            phase.python = measured([python, script, input]).milliseconds
            if let first = (Files.output([python, script, input]) ?? "").split(separator: " ").first { phase.pythonChecksum = "\(first) headings" }
        }
        return [phase]
    }

    /// The draft timing as Markdown.
    func draftMarkdown(_ phases: [Phase]) -> String {
        var text = "\n### Drafting a pack from a strategy's text\n\n"
        text += "Each run is a whole process (median of \(runs)). The Python reference (`Benchmarks/draft_reference.py`) does the same "
        text += "splitting (page numbers and running headers dropped, the contents page, the outline, the blocks under each heading) "
        text += "without proposing entries; the check is the number of headings both find.\n\n"
        return text + processTable(phases)
    }
}
