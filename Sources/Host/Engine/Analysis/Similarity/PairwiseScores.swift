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
