/// The vision a strategy (at the top level) or a priority (inside one) states.
///
/// ```swift
/// Vision("To be the best corporate parents we can be ...")
/// ```
public struct Vision: Sendable {
    /// The text, with its source filled in by the enclosing sections.
    public let statement: Statement

    /// Wraps the document's text.
    public init(_ text: String) {
        statement = Statement(text)
    }
}
