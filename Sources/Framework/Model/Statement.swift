/// A piece of the document's text with the section it comes from.
public struct Statement: Codable, Equatable, Hashable, Sendable {
    /// The text, as the document words it.
    public var text: String
    /// The section this comes from.
    public var source: String

    /// Creates a statement; inside a DSL ``Section`` the source is filled in from the section titles.
    public init(_ text: String, source: String = "") {
        self.text = text
        self.source = source
    }
}
