/// A principle of the council's own, with its name, its words, and the statutory principles it maps to.
///
/// "Respectful: We will listen to their voices, involve them in decision making..." is a local principle named
/// "Respectful", mapped to principles 2 and 3; analyses then see that the strategy serves voice through how it works.
public struct LocalPrinciple: Codable, Equatable, Sendable {
    /// Its name as printed ("Respectful").
    public var name: String
    /// Its words as printed.
    public var text: String?
    /// The statutory principles and domains it serves, each with its basis.
    public var mappings: [Mapping]

    /// Creates a local principle.
    public init(name: String, text: String? = nil, mappings: [Mapping] = []) {
        self.name = name
        self.text = text
        self.mappings = mappings
    }
}
