import CorporateParenting
import CPSEngine

extension AuthorityCatalog {
    /// The id `name` means: an id in any case, a DfE or ONS code, a unique beginning of an id ("lanc" for
    /// lancashire), or the council's name in any case and punctuation, whole or without its ending ("North East
    /// Lincolnshire" for North East Lincolnshire Council); nil when nothing matches. A beginning shared by several
    /// ids, or a name several councils share, is an error naming them.
    func resolve(_ name: String) throws(CPSError) -> String? {
        let wanted = name.lowercased()
        if let exact = authorities.first(where: { $0.id.lowercased() == wanted }) { return exact.id }
        if let coded = authorities.first(where: { $0.pack.codes.dfe?.lowercased() == wanted || $0.pack.codes.ons?.lowercased() == wanted }) {
            return coded.id
        }
        guard !wanted.isEmpty else { return nil }
        let starting = authorities.filter { $0.id.lowercased().hasPrefix(wanted) }.map(\.id)
        if starting.count > 1 { throw .ambiguousAuthority(name, candidates: starting) }
        if let id = starting.first { return id }
        let words = AuthorityNames.normalised(name)
        guard !words.isEmpty else { return nil }
        let named = authorities.filter {
            let full = AuthorityNames.normalised($0.pack.name)
            return full == words || full.hasPrefix(words + " ")
        }.map(\.id)
        if Set(named).count > 1 { throw .ambiguousAuthority(name, candidates: named) }
        return named.first
    }
}

extension AuthorityCatalog {
    /// The region `typed` names, spelt as the chosen packs spell it ("north west" is "North West"); `typed` itself
    /// when none of them is in it, nil when no region was given.
    static func regionName(_ typed: String?, in packs: [AuthorityPack]) -> String? {
        guard let typed else { return nil }
        return packs.lazy.compactMap(\.region).first { $0.caseInsensitiveEquals(typed) } ?? typed
    }
}
