import CorporateParenting
import CPSEngine

/// Who a new pack is for: its name, id, codes and region.
struct AuthorityIdentity {
    var name: String
    var id: String
    var ons: String?
    var dfe: String?
    var region: String?

    /// An id from a council's name: "Blackpool Council" -> "blackpool", "Borough of Poole" -> "borough-of-poole".
    static func id(from name: String) -> String {
        var slug = ""
        for scalar in name.lowercased().unicodeScalars {
            if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                slug.unicodeScalars.append(scalar)
            } else if !slug.isEmpty, !slug.hasSuffix("-") {
                slug += "-"
            }
        }
        while slug.hasSuffix("-") { slug.removeLast() }
        for suffix in ["-metropolitan-borough-council", "-borough-council", "-county-council", "-city-council", "-council"] where slug.hasSuffix(suffix) && slug.count > suffix.count {
            slug.removeLast(suffix.count)
            break
        }
        return slug
    }

    /// A pack with only this identity, a document record to complete, and no sections.
    func emptyPack(document: StrategyDocument) -> AuthorityPack {
        AuthorityPack(id: id, name: name, codes: AuthorityCodes(ons: ons, dfe: dfe), region: region, document: document)
    }
}
