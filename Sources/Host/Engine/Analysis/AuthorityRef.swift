import CorporateParenting

/// An authority as results name it.
///
/// Two strategies of one council (a pack for each period) share the council's name, so results name each by
/// ``label``: the council's name alone, or, when another strategy of the same council is in the same result, the
/// name with the pack's id and period ("Sefton Council (sefton-2019, 2019-2022)"). See ``labels(for:)``.
public struct AuthorityRef: Codable, Equatable, Sendable {
    /// The pack's id.
    public var id: String
    /// The council's name.
    public var name: String
    /// Its region.
    public var region: String?
    /// How results name this strategy: ``name``, or ``name`` with the id and period when another strategy of the
    /// same council is beside it.
    public var label: String

    /// Names a pack on its own (its label is the council's name).
    public init(_ pack: AuthorityPack) {
        self.init(pack, label: pack.name)
    }

    /// Names a pack with the label ``labels(for:)`` gave it.
    public init(_ pack: AuthorityPack, label: String) {
        id = pack.id
        name = pack.name
        region = pack.region
        self.label = label
    }

    /// Whether the label adds the id and period to the name.
    public var isDistinguished: Bool { label != name }

    /// The label without "Council", "County Council" or "Borough Council", for narrow columns.
    public var shortName: String {
        Self.short(label)
    }

    /// Each pack's label: its council's name, or, where two or more of the packs are strategies of one council (the
    /// same name, DfE code or ONS code), the name followed by the pack's id and period, "(sefton-2019, 2019-2022)".
    public static func labels(for packs: [AuthorityPack]) -> [String] {
        var names: [String: Int] = [:], dfe: [String: Int] = [:], ons: [String: Int] = [:]
        for pack in packs {
            names[pack.name, default: 0] += 1
            if let code = pack.codes.dfe { dfe[code, default: 0] += 1 }
            if let code = pack.codes.ons { ons[code, default: 0] += 1 }
        }
        return packs.map { pack in
            let shared = names[pack.name, default: 0] > 1 || pack.codes.dfe.map { dfe[$0, default: 0] > 1 } == true
                || pack.codes.ons.map { ons[$0, default: 0] > 1 } == true
            guard shared else { return pack.name }
            let period = pack.document.period
            let years = period.start == nil && period.end == nil
                ? "period not stated" : "\(period.start?.description ?? "")-\(period.end?.description ?? "")"
            return "\(pack.name) (\(pack.id), \(years))"
        }
    }
}

extension AuthorityRef {
    /// A council's name without "Council" and its kind, for chart labels; a label's id and period are kept
    /// ("Sefton (sefton-2019, 2019-2022)").
    public static func short(_ name: String) -> String {
        if let open = name.firstIndex(of: "("), open > name.startIndex, name[name.index(before: open)] == " " {
            let council = name[..<name.index(before: open)]
            return short(String(council)) + name[council.endIndex...]
        }
        for suffix in [" County Council", " Borough Council", " City Council", " Metropolitan Borough Council", " Council"] where name.hasSuffix(suffix) {
            return String(name.dropLast(suffix.count))
        }
        return name
    }
}
