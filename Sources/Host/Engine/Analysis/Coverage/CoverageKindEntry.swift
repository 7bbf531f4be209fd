import CorporateParenting

/// One kind of entry present behind a coverage cell, on the firmest basis any entry of that kind has.
public struct CoverageKindEntry: Codable, Equatable, Sendable {
    /// The kind.
    public var kind: CoverageKind
    /// `stated` when the document states the mapping of at least one entry of this kind, else `judged`. Suggested
    /// mappings never count.
    public var basis: MappingBasis
    /// How many entries of this kind stand behind the cell; kept for reference, it never changes the level.
    public var count: Int
}
