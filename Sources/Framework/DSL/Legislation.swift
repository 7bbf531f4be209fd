/// Legislation or guidance the document lists.
///
/// ```swift
/// Legislation("The Children and Social Work Act 2017")
/// ```
public struct Legislation: Sendable {
    /// The entry, with its source filled in by the enclosing sections.
    public let statement: Statement

    /// Wraps the document's entry.
    public init(_ text: String) {
        statement = Statement(text)
    }
}
