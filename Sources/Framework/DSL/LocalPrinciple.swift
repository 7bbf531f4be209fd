/// A principle of the council's own, besides the seven statutory ones (a "right", a local principle).
///
/// ```swift
/// LocalPrinciple("The right to a voice")
/// ```
public struct LocalPrinciple: Sendable {
    /// The text, with its source filled in by the enclosing sections.
    public let statement: Statement

    /// Wraps the document's text.
    public init(_ text: String) {
        statement = Statement(text)
    }
}
