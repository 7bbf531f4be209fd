/// The level a row of DfE's tidy CSV is about.
public enum GeographicLevel: String, Codable, Sendable {
    /// England.
    case national = "National"
    /// A region.
    case regional = "Regional"
    /// A local authority.
    case localAuthority = "Local authority"
}
