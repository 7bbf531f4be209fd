/// The aim or opening statement under a priority's title.
///
/// ```swift
/// Aim("Our goal is for all the children and young people we support to have supportive and lasting homes.")
/// ```
public struct Aim: Sendable {
    /// The text, with its source filled in by the enclosing sections.
    public let statement: Statement

    /// Wraps the document's text.
    public init(_ text: String) {
        statement = Statement(text)
    }
}
