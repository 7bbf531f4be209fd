/// What a coverage matrix's rows are.
public enum CoverageDimension: String, Codable, CaseIterable, Sendable {
    /// The seven statutory principles.
    case principle
    /// The outcome domains.
    case domain
    /// The standard measures.
    case measure
}
