/// A challenge the document names: inside a priority, for that priority; at the top level, for the strategy.
///
/// ```swift
/// Challenge("Increasing the ability of placements to cope with challenging behaviour.")
/// ```
public struct Challenge: Sendable {
    /// The text, with its source filled in by the enclosing sections.
    public let statement: Statement

    /// Wraps the document's text.
    public init(_ text: String) {
        statement = Statement(text)
    }
}
