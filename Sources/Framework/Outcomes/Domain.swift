/// An outcome domain of the shared framework: an area of children's lives a strategy can serve.
public struct Domain: Codable, Equatable, Sendable, Identifiable {
    /// The domain's id.
    public var id: DomainID
    /// Its title.
    public var title: String
    /// What it covers.
    public var summary: String
    /// The statutory principles (1-7) it serves.
    public var principles: [Int]

    /// Creates a domain.
    public init(id: DomainID, title: String, summary: String, principles: [Int]) {
        self.id = id
        self.title = title
        self.summary = summary
        self.principles = principles
    }
}
