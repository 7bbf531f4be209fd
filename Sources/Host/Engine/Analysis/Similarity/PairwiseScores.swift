import Dispatch

/// A square matrix of scores between strategies, one row and one column per strategy: what the similarity by tags
/// (``SimilarityMatrix``) and by text (``TextSimilarity``) share, so both read their rows and rank neighbours alike.
///
/// ```swift
/// let text = TextSimilarity.matrix(profiles)
/// let nearest = text.nearest(to: "sefton").first   // the strategy whose words are closest to Sefton's
/// ```
public protocol PairwiseScores {
    /// The strategies, in row and column order.
    var authorities: [AuthorityRef] { get }
    /// The score of strategies `i` and `j`.
    func score(_ i: Int, _ j: Int) -> Double
}

extension PairwiseScores {
    /// `scores[i][j]`: the score of strategies i and j.
    public var scores: [[Double]] {
        authorities.indices.map { i in authorities.indices.map { score(i, $0) } }
    }

    /// The `count` other strategies nearest the one in `row`, most similar first, ties by id: their rows and scores.
    public func nearest(row: Int, count: Int) -> [(row: Int, score: Double)] {
        var best: [(row: Int, score: Double)] = []
        func before(_ a: (row: Int, score: Double), _ b: (row: Int, score: Double)) -> Bool {
            a.score != b.score ? a.score > b.score : authorities[a.row].id < authorities[b.row].id
        }
        for other in authorities.indices where other != row {
            let candidate = (row: other, score: score(row, other))
            if best.count == count, let last = best.last, !before(candidate, last) { continue }
            let place = best.firstIndex { before(candidate, $0) } ?? best.count
            best.insert(candidate, at: place)
            if best.count > count { best.removeLast() }
        }
        return best
    }

    /// The other strategies nearest `id`, most similar first, ties by id.
    public func nearest(to id: String) -> [(authority: AuthorityRef, score: Double)] {
        guard let row = authorities.firstIndex(where: { $0.id == id }) else { return [] }
        return nearest(row: row, count: authorities.count).map { (authorities[$0.row], $0.score) }
    }
}

/// The keys both similarities are coded under: the strategies and the square matrix of their scores.
enum PairwiseCodingKeys: String, CodingKey {
    case authorities, scores
}

extension PairwiseScores {
    /// Writes the strategies and the square matrix, each score rounded to three decimals as printed.
    func encodeSquare(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: PairwiseCodingKeys.self)
        try container.encode(authorities, forKey: .authorities)
        try container.encode(scores.map { $0.map { ($0 * 1000).rounded() / 1000 } }, forKey: .scores)
    }

    /// Reads the strategies and the matrix's cells row by row; an error unless it is square, a row and a column
    /// per strategy.
    static func decodeSquare(from decoder: any Decoder) throws -> (authorities: [AuthorityRef], cells: [Double]) {
        let container = try decoder.container(keyedBy: PairwiseCodingKeys.self)
        let authorities = try container.decode([AuthorityRef].self, forKey: .authorities)
        let rows = try container.decode([[Double]].self, forKey: .scores)
        guard rows.count == authorities.count, rows.allSatisfy({ $0.count == authorities.count }) else {
            throw DecodingError.dataCorruptedError(forKey: .scores, in: container, debugDescription: "The scores are not a square matrix with a row and a column per strategy.")
        }
        return (authorities, rows.flatMap { $0 })
    }

    /// The cells of a symmetric matrix over `count` strategies, row by row: `diagonal(i)` on the diagonal and
    /// `pair(i, j)` above it, mirrored below. Rows are spread over the cores, each writing only its own cells.
    static func symmetricCells(count: Int, diagonal: @Sendable (Int) -> Double, pair: @Sendable (Int, Int) -> Double) -> [Double] {
        var flat = [Double](repeating: 0, count: count * count)
        flat.withUnsafeMutableBufferPointer { buffer in
            let cells = RowCells(buffer)
            DispatchQueue.concurrentPerform(iterations: count) { i in
                cells.buffer[i * count + i] = diagonal(i)
                for j in (i + 1)..<max(count, i + 1) { cells.buffer[i * count + j] = pair(i, j) }
            }
        }
        for i in 0..<count {
            for j in 0..<i { flat[i * count + j] = flat[j * count + i] }
        }
        return flat
    }
}

/// Cells each parallel row writes its own part of.
private struct RowCells: @unchecked Sendable {
    let buffer: UnsafeMutableBufferPointer<Double>
    init(_ buffer: UnsafeMutableBufferPointer<Double>) { self.buffer = buffer }
}
