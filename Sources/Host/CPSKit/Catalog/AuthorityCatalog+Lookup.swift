import CorporateParenting

extension AuthorityCatalog {
    /// The id `name` means: an id in any case, a DfE or ONS code, or a unique beginning of an id ("lanc" for
    /// lancashire); nil when nothing matches. A beginning shared by several ids is an error naming them.
    func resolve(_ name: String) throws(CPSError) -> String? {
        let wanted = name.lowercased()
        if let exact = authorities.first(where: { $0.id.lowercased() == wanted }) { return exact.id }
        if let coded = authorities.first(where: { $0.pack.codes.dfe?.lowercased() == wanted || $0.pack.codes.ons?.lowercased() == wanted }) {
            return coded.id
        }
        guard !wanted.isEmpty else { return nil }
        let starting = authorities.filter { $0.id.lowercased().hasPrefix(wanted) }.map(\.id)
        if starting.count > 1 { throw .ambiguousAuthority(name, candidates: starting) }
        return starting.first
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
