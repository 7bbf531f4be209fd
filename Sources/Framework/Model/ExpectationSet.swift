/// A list of what the document expects of corporate parents: responsibilities, top tips, questions to ask.
public struct ExpectationSet: Codable, Equatable, Sendable {
    /// The list's heading as the document gives it.
    public var title: String
    /// Whom it is addressed to ("Elected members", "All councillors").
    public var audience: String?
    /// The items, in the document's order.
    public var items: [String]
    /// The section this comes from.
    public var source: String

    /// Creates a list of expectations.
    public init(title: String, audience: String? = nil, items: [String] = [], source: String = "") {
        self.title = title
        self.audience = audience
        self.items = items
        self.source = source
    }
}
