/// A document a search found, with its BM25 score.
public struct TextHit: Codable, Equatable, Sendable {
    /// The document.
    public var document: TextDocument
    /// Its Okapi BM25 score for the query: higher is a closer match; comparable only within one search.
    public var score: Double
    /// Whether it holds the query's terms side by side in the query's order (hits that do come first).
    public var phrase: Bool
}
