/// What children and young people say, as the document quotes them.
///
/// ```swift
/// Voice("We want our voices to be heard and what we ask for and discuss to be acted upon.")
/// ```
public struct Voice: Sendable {
    /// The quotation, with its source filled in by the enclosing sections.
    public let statement: Statement

    /// Wraps the quotation.
    public init(_ text: String) {
        statement = Statement(text)
    }
}
