import CorporateParenting

/// A pack with one item's mappings replaced, as a reviewer re-tagging one priority would leave it.
enum Retagging {
    static func pack(_ pack: AuthorityPack, item id: String, mappings: [Mapping]) -> AuthorityPack {
        var pack = pack
        pack.sections = pack.sections.map { section($0, id, mappings) }
        return pack
    }

    static func section(_ section: Section, _ id: String, _ mappings: [Mapping]) -> Section {
        var section = section
        section.content = section.content.map { entry($0, id, mappings) }
        return section
    }

    static func entry(_ entry: Entry, _ id: String, _ mappings: [Mapping]) -> Entry {
        switch entry {
        case .section(let inner):
            return .section(section(inner, id, mappings))
        case .item(var item):
            if item.id.rawValue == id { item.mappings = mappings }
            item.content = item.content.map { self.entry($0, id, mappings) }
            return .item(item)
        case .body(var body):
            body.content = body.content.map { self.entry($0, id, mappings) }
            return .body(body)
        default:
            return entry
        }
    }

    /// The ids of the pack's top-level items, with their mappings.
    static func priorities(_ pack: AuthorityPack) -> [(id: String, mappings: [Mapping])] {
        PackIndex(pack).topItems.map { ($0.value.id.rawValue, $0.value.mappings) }
    }
}
