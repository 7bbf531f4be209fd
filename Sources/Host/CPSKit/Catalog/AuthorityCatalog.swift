import CorporateParenting
import CPSEngine

/// The authorities a command works on: the built-in councils and any loaded from packs or plugins, by id.
public struct AuthorityCatalog: Sendable {
    /// Every authority, sorted by id.
    public private(set) var authorities: [LoadedAuthority] = []
    /// Each id's place in ``authorities``.
    private var places: [String: Int] = [:]

    /// Creates a catalog, refusing two authorities with one id.
    public init(_ authorities: [LoadedAuthority] = []) throws(CPSError) {
        try add(contentsOf: authorities)
    }

    /// Adds an authority; an id already present is an error naming both sources.
    public mutating func add(_ authority: LoadedAuthority) throws(CPSError) {
        try add(contentsOf: [authority])
    }

    /// Adds authorities in order; the first whose id is already present is an error naming both sources, and
    /// then nothing is added.
    public mutating func add(contentsOf added: [LoadedAuthority]) throws(CPSError) {
        var origins: [String: AuthorityOrigin] = [:]
        origins.reserveCapacity(added.count)
        for authority in added {
            if let existing = places[authority.id].map({ authorities[$0].origin }) ?? origins[authority.id] {
                throw .duplicateAuthority(id: authority.id, first: existing.description, second: authority.origin.description)
            }
            origins[authority.id] = authority.origin
        }
        authorities += added
        authorities.sort { $0.id < $1.id }
        places = Dictionary(uniqueKeysWithValues: authorities.enumerated().map { ($1.id, $0) })
    }

    /// The authority with this id (in any case, or its DfE or ONS code, or a unique beginning of its id); an
    /// unknown id is an error naming the nearest known ids.
    public func authority(_ id: String) throws(CPSError) -> LoadedAuthority {
        let resolved = try places[id] == nil ? resolve(id) : id
        guard let place = resolved.flatMap({ places[$0] }) else {
            throw .unknownAuthority(id, suggestions: Suggestions.nearest(to: id, among: authorities.map(\.id)))
        }
        return authorities[place]
    }

    /// The authorities named (all when `ids` is empty), limited to a region when one is given; names are kept in
    /// the order given.
    public func select(ids: [String], region: String? = nil) throws(CPSError) -> [LoadedAuthority] {
        var chosen: [LoadedAuthority] = []
        if ids.isEmpty {
            chosen = authorities
        } else {
            var seen: Set<String> = []
            for id in ids {
                let authority = try authority(id)
                if seen.insert(authority.id).inserted { chosen.append(authority) }
            }
        }
        guard let region else { return chosen }
        let regions = Set(authorities.compactMap(\.pack.region))
        guard regions.contains(where: { $0.caseInsensitiveEquals(region) }) else {
            let known = regions.sorted().map { "\"\($0)\"" }.joined(separator: ", ")
            throw .usage("No authority is in the region \"\(region)\"; the regions are \(known).", command: nil)
        }
        return chosen.filter { $0.pack.region?.caseInsensitiveEquals(region) == true }
    }
}
