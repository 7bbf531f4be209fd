/// A term the document defines, such as "care leaver", with its definition as printed.
public struct Definition: Codable, Equatable, Sendable {
    /// The term.
    public var term: String
    /// The definition as printed.
    public var text: String

    /// Creates a definition.
    public init(term: String, text: String) {
        self.term = term
        self.text = text
    }
}
