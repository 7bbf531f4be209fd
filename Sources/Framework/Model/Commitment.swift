/// Something the document says the council will do, needs to improve, or does in practice.
public struct Commitment: Codable, Equatable, Sendable {
    /// The text as the document words it.
    public var text: String
    /// What kind of statement it is.
    public var kind: CommitmentKind
    /// The section this comes from.
    public var source: String

    /// Creates a commitment.
    public init(text: String, kind: CommitmentKind = .action, source: String = "") {
        self.text = text
        self.kind = kind
        self.source = source
    }
}
