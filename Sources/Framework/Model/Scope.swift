/// Whose figure an observation is.
public enum Scope: String, Codable, CaseIterable, Sendable {
    /// The council itself.
    case authority
    /// England as a whole.
    case england
    /// The council's region.
    case region
    /// The average of the council's statistical neighbours.
    case statisticalNeighbours
    /// Another named authority.
    case otherAuthority
}
