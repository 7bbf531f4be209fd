import CorporateParenting
import CPSEngine

/// An authority's pack and where it came from.
public struct LoadedAuthority: Sendable {
    /// The pack.
    public var pack: AuthorityPack
    /// Where it was loaded from.
    public var origin: AuthorityOrigin

    /// Pairs a pack with its origin.
    public init(pack: AuthorityPack, origin: AuthorityOrigin) {
        self.pack = pack
        self.origin = origin
    }

    /// The pack's id.
    public var id: String { pack.id }
}
