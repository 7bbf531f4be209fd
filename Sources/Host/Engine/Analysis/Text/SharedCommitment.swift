/// A commitment (or pledge) of one strategy and the one of another it is closest to in wording.
public struct SharedCommitment: Codable, Equatable, Sendable {
    /// The cosine of the two commitments' TF-IDF vectors, unrounded.
    public var score: Double
    /// The first strategy's commitment.
    public var first: TextDocument
    /// The second strategy's commitment.
    public var second: TextDocument
}
