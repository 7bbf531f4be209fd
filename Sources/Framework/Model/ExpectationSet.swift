/// What the document expects of corporate parents: a list of responsibilities, top tips or questions to ask.
public struct ExpectationSet: Codable, Equatable, Sendable {
    /// The list's title as printed.
    public var title: String
    /// Whom it addresses ("every Elected Member").
    public var audience: String?
    /// Its items as printed.
    public var items: [String]

    /// Creates a list.
    public init(title: String, audience: String? = nil, items: [String] = []) {
        self.title = title
        self.audience = audience
        self.items = items
    }
}
