import CorporateParenting
import CPSKit
import Foundation

extension NationalBenchmark {
    /// The queries the find phase times, each as a user might type it.
    static let textQueries = ["Staying Put to 21", "apprenticeships for care leavers", "health assessments", "the local offer",
                              "independent visitors and advocacy"]

    /// The text phases over 1,000 synthetic packs (written afresh to `folder/text`, so a changed corpus is never
    /// stale): building the text index, `find` (BM25, top 10) for each query, and all-pairs text similarity; beside
    /// `Benchmarks/text_reference.py`, which computes the same from the same files. The check is that both give the
    /// same top-10 hits (ids and paths) with scores within 1e-9, the same sum of all pairs' similarities within
    /// 1e-9, and the same nearest strategy for every pack.
    func textTimings(count: Int = 1000) -> [Phase] {
        let textFolder = "\(folder)/text"
        Files.makeFolder(textFolder)
        let packs = (0..<count).map { SyntheticCorpus.pack($0) }
        for (index, pack) in packs.enumerated() {
            Files.write(Array(try! PackCoding.json(pack).utf8), to: "\(textFolder)/synthetic-\(String(index).leftPadded(4)).json")
        }
        let profiles = PackProfile.profiles(packs, framework: .standard)
        let build = Clock.median(runs) { TextIndex(profiles) }
        let index = build.result
        var phases: [Phase] = []
        var swift = TextResult()
        swift.documents = index.documents.count
        if wants("find") {
            phases.append(Phase(key: "text-index", name: "build the text index (\(index.documents.count) documents, \(index.terms.count) terms)",
                                milliseconds: build.milliseconds, items: index.documents.count, checksum: "", floor: false))
            var times: [Double] = []
            for query in Self.textQueries {
                let search = Clock.median(max(runs, 21)) { index.search(query, TextFilter(limit: 10)) }
                times.append(search.milliseconds)
                swift.hits[query] = search.result.map { TextResult.Hit(authority: $0.document.authority.id, path: $0.document.path, score: $0.score) }
            }
            phases.append(Phase(key: "find", name: "`find`, top 10 by BM25 (median over \(Self.textQueries.count) queries)",
                                milliseconds: Clock.median(of: times), items: index.documents.count, checksum: "", floor: false))
        }
        if wants("text-similarity") {
            let all = Clock.median(runs) { TextSimilarity.matrix(profiles) }
            let matrix = all.result
            var sum = 0.0
            for i in 0..<count { for j in (i + 1)..<max(count, i + 1) { sum += matrix.score(i, j) } }
            swift.sum = sum
            swift.nearest = (0..<count).map { matrix.authorities[matrix.nearest(row: $0, count: 1)[0].row].id }
            phases.append(Phase(key: "text-similarity", name: "all-pairs text similarity, index included (\(count * (count - 1) / 2) pairs)",
                                milliseconds: all.milliseconds, items: count * (count - 1) / 2, checksum: "", floor: false))
        }
        guard let python else {
            for index in phases.indices { phases[index].checksum = swift.summary(phases[index].key) }
            return phases
        }
        let script = URL(fileURLWithPath: reference).deletingLastPathComponent().appendingPathComponent("text_reference.py").path
        let arguments = [python, script, textFolder, String(runs)] + Self.textQueries
        guard let output = Files.output(arguments), let reference = TextResult(json: output) else {
            print("The Python text reference failed: \(arguments.joined(separator: " "))")
            return phases
        }
        for index in phases.indices {
            let key = phases[index].key
            phases[index].python = reference.timings[key]
            phases[index].checksum = swift.summary(key)
            phases[index].pythonChecksum = swift.agrees(with: reference, on: key) ? phases[index].checksum : reference.summary(key) + " (differs)"
        }
        return phases
    }

    /// The text timings as Markdown.
    func textMarkdown(_ phases: [Phase]) -> String {
        var text = "\n### Text: `cps find` and text similarity over 1,000 packs\n\n"
        text += "In process, median of \(runs) runs (each `find` query of max(\(runs), 21)). The Python reference (`Benchmarks/text_reference.py`) "
        text += "tokenises, stems (Porter) and weighs the same way; its all-pairs product uses NumPy. \"Same in Python\" means the same top-10 "
        text += "hits (ids and paths) with every score within 1e-9, the same sum of all pairs within 1e-9, and the same nearest strategy for every pack.\n\n"
        return text + processTable(phases)
    }
}
