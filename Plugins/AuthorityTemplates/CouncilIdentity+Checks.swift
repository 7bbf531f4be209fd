extension CouncilIdentity {
    /// The identity with its id, codes and region checked: an id of lower-case letters, digits and single
    /// hyphens, an ONS code of nine characters (E06, E07, E08, E09, E10 or E11 and six digits), a DfE code of three
    /// digits, and a region one of England's nine, written as DfE writes it whatever its case.
    public func checked() throws(ScaffoldError) -> CouncilIdentity {
        var identity = self
        guard Self.isID(id) else { throw .invalidID(id) }
        if let ons, !Self.isONS(ons) { throw .invalidONS(ons) }
        if let dfe, !(dfe.utf8.count == 3 && dfe.utf8.allSatisfy { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }) {
            throw .invalidDfE(dfe)
        }
        if let region {
            guard let known = Self.regions.first(where: { $0.lowercased() == region.lowercased() }) else {
                throw .unknownRegion(region)
            }
            identity.region = known
        }
        return identity
    }

    /// Whether `id` is lower-case ASCII letters and digits in runs joined by single hyphens.
    public static func isID(_ id: String) -> Bool {
        let runs = id.split(separator: "-", omittingEmptySubsequences: false)
        return runs.allSatisfy { run in
            !run.isEmpty && run.utf8.allSatisfy { (UInt8(ascii: "a")...UInt8(ascii: "z")).contains($0) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }
        }
    }

    /// Whether `code` is a GSS code of an English council: E06 to E11 and six digits.
    public static func isONS(_ code: String) -> Bool {
        let bytes = Array(code.utf8)
        return bytes.count == 9 && ["E06", "E07", "E08", "E09", "E10", "E11"].contains(String(code.prefix(3)))
            && bytes[3...].allSatisfy { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }
    }
}
