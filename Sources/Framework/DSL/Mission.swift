/// A mission statement, when a strategy has one besides its vision.
///
/// ```swift
/// Mission("Children and young people in Leicestershire are safe and living in families ...")
/// ```
public struct Mission: Sendable {
    /// The text, with its source filled in by the enclosing sections.
    public let statement: Statement

    /// Wraps the document's text.
    public init(_ text: String) {
        statement = Statement(text)
    }
}
