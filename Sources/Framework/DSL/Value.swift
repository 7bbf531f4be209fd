/// One of the values or beliefs a strategy sets out.
///
/// ```swift
/// Value("We must listen to our children and young people and take account of their views.")
/// ```
public struct Value: Sendable {
    /// The text, with its source filled in by the enclosing sections.
    public let statement: Statement

    /// Wraps the document's text.
    public init(_ text: String) {
        statement = Statement(text)
    }
}
