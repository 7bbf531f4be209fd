import CorporateParenting

/// An authority as results name it.
public struct AuthorityRef: Codable, Equatable, Sendable {
    /// The pack's id.
    public var id: String
    /// The council's name.
    public var name: String
    /// Its region.
    public var region: String?

    /// Names a pack.
    public init(_ pack: AuthorityPack) {
        id = pack.id
        name = pack.name
        region = pack.region
    }

    /// The name without "Council", "County Council" or "Borough Council", for narrow columns.
    public var shortName: String { Self.short(name) }
}
