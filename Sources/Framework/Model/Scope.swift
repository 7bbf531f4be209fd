/// Whose figure a printed figure is.
public enum Scope: String, Codable, CaseIterable, Sendable {
    /// The council's own.
    case authority
    /// England's.
    case england
    /// The council's region's.
    case region
    /// The council's statistical neighbours'.
    case statisticalNeighbours
    /// Another named authority's or area's (see ``Figure/area``).
    case otherAuthority
}
