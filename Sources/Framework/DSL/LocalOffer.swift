/// An item of the local offer for care leavers that the document names.
///
/// ```swift
/// LocalOffer("Support from an allocated Personal Advisor up to a young person's 25th birthday.")
/// ```
public struct LocalOffer: Sendable {
    /// The text, with its source filled in by the enclosing sections.
    public let statement: Statement

    /// Wraps the document's text.
    public init(_ text: String) {
        statement = Statement(text)
    }
}
