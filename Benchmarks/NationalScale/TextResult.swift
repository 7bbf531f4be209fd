import Foundation

/// What the text phases produce, in Swift or read from the Python reference's JSON, to be compared.
struct TextResult {
    struct Hit: Equatable {
        var authority: String
        var path: String
        var score: Double
    }

    /// Each query's top 10.
    var hits: [String: [Hit]] = [:]
    /// The sum of every pair's text similarity (i < j, row by row).
    var sum: Double?
    /// Each pack's nearest strategy's id.
    var nearest: [String] = []
    /// How many documents the index holds.
    var documents = 0
    /// The reference's timings by phase key, in milliseconds.
    var timings: [String: Double] = [:]

    init() {}

    /// Reads `{"timings": {...}, "hits": {query: [[id, path, score]]}, "sum": x, "nearest": [...]}`.
    init?(json: String) {
        guard let object = try? JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any] else { return nil }
        timings = object["timings"] as? [String: Double] ?? [:]
        for (query, list) in object["hits"] as? [String: [[Any]]] ?? [:] {
            hits[query] = list.compactMap { row in
                guard row.count == 3, let id = row[0] as? String, let path = row[1] as? String, let score = row[2] as? Double else { return nil }
                return Hit(authority: id, path: path, score: score)
            }
        }
        sum = object["sum"] as? Double
        documents = object["documents"] as? Int ?? 0
        nearest = object["nearest"] as? [String] ?? []
    }

    func summary(_ key: String) -> String {
        switch key {
        case "find": "\(hits.values.reduce(0) { $0 + $1.count }) hits, top \(hits[NationalBenchmark.textQueries[0]]?.first.map { "\($0.authority) \(String(format: "%.6f", $0.score))" } ?? "none")"
        case "text-similarity": String(format: "sum %.9f", sum ?? 0) + ", \(Set(nearest).count) distinct nearest"
        default: "\(documents) documents"
        }
    }

    func agrees(with other: TextResult, on key: String) -> Bool {
        switch key {
        case "text-index":
            return documents == other.documents
        case "find":
            return hits.keys.sorted() == other.hits.keys.sorted() && hits.allSatisfy { query, mine in
                guard let theirs = other.hits[query], theirs.count == mine.count else { return false }
                return zip(mine, theirs).allSatisfy { $0.authority == $1.authority && $0.path == $1.path && abs($0.score - $1.score) <= 1e-9 }
            }
        case "text-similarity":
            guard let sum, let otherSum = other.sum else { return false }
            return abs(sum - otherSum) <= 1e-9 && nearest == other.nearest
        default:
            return false
        }
    }
}
