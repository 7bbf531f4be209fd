import CorporateParenting

/// Every id of a pack with its kind and the JSON path of what it names.
struct IDIndex {
    struct Entry {
        var kind: String
        var id: String
        var path: String
    }

    var all: [Entry] = []

    init(_ pack: AuthorityPack, index: PackIndex) {
        all.append(Entry(kind: "authority", id: pack.id, path: ""))
        for node in index.outline { all.append(Entry(kind: "section", id: node.id.rawValue, path: node.path)) }
        for item in index.items { all.append(Entry(kind: "item", id: item.value.id.rawValue, path: item.path)) }
        for body in index.bodies { all.append(Entry(kind: "body", id: body.value.id.rawValue, path: body.path)) }
        for evidence in index.evidence {
            if let id = evidence.value.id { all.append(Entry(kind: "evidence", id: id.rawValue, path: evidence.path)) }
        }
    }

    /// The ids of one kind.
    func ids(_ kind: String) -> Set<String> { Set(all.filter { $0.kind == kind }.map(\.id)) }
}
