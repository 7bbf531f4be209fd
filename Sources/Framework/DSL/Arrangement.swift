/// A governance arrangement the document states besides the board and participation groups.
///
/// ```swift
/// Arrangement("The Corporate Parenting Board is able to refer matters to the Children's Services Scrutiny Board.")
/// ```
public struct Arrangement: Sendable {
    /// The text, with its source filled in by the enclosing sections.
    public let statement: Statement

    /// Wraps the document's text.
    public init(_ text: String) {
        statement = Statement(text)
    }
}
