import CorporateParenting

/// Every id of a pack with its kind and the JSON path of what it names.
struct IDIndex {
    struct Entry {
        var kind: String
        var id: String
        /// Where the thing named stands (`nil` for the pack itself, or a section whose path is kept as text).
        var location: EntryPath?
        var sectionPath: String?

        /// Its JSON path, spelled when a finding needs it.
        var path: String { location?.description ?? sectionPath ?? "" }
    }

    var all: [Entry] = []

    init(_ pack: AuthorityPack, index: PackIndex) {
        all.append(Entry(kind: "authority", id: pack.id))
        for node in index.outline { all.append(Entry(kind: "section", id: node.id.rawValue, sectionPath: node.path)) }
        for item in index.items { all.append(Entry(kind: "item", id: item.value.id.rawValue, location: item.location)) }
        for body in index.bodies { all.append(Entry(kind: "body", id: body.value.id.rawValue, location: body.location)) }
        for evidence in index.evidence {
            if let id = evidence.value.id { all.append(Entry(kind: "evidence", id: id.rawValue, location: evidence.location)) }
        }
    }

    /// The ids of one kind.
    func ids(_ kind: String) -> Set<String> { Set(all.filter { $0.kind == kind }.map(\.id)) }
}
