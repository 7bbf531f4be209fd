/// How the document says children, young people or others shaped the strategy: who, how many and how.
public struct Coproduction: Codable, Equatable, Sendable {
    /// The sentence as printed.
    public var text: String
    /// Who took part, as printed ("care experienced children and young people").
    public var who: String?
    /// How many, only when printed ("49 young people completed the survey").
    public var count: Int?
    /// How, as printed ("survey", "workshops").
    public var how: String?
    /// The principles and domains it serves, each with its basis.
    public var mappings: [Mapping]

    /// Creates a co-production statement.
    public init(_ text: String, who: String? = nil, count: Int? = nil, how: String? = nil, mappings: [Mapping] = []) {
        self.text = text
        self.who = who
        self.count = count
        self.how = how
        self.mappings = mappings
    }
}
