/// How an authority typed by name is found among DfE's names: in any case and punctuation ("st helens" for "St.
/// Helens"), whole, by a unique beginning of the name, or by a unique beginning of one of its words ("Hull" for
/// "Kingston upon Hull, City of", which is also "City of Kingston upon Hull").
public enum AuthorityNames {
    /// What a typed name matched.
    public enum Match: Equatable {
        /// The one name, by its place.
        case one(Int)
        /// Several names at the first test any matched, by their places.
        case several([Int])
        /// Nothing.
        case none
    }

    /// The place of the one name `typed` means among `names`, trying a whole name, then a beginning, then the
    /// beginning of a word, and stopping at the first test any name passes.
    public static func match(_ typed: String, among names: [String]) -> Match {
        let wanted = normalised(typed)
        guard !wanted.isEmpty else { return .none }
        let forms = names.map(Self.forms)
        for test in [{ (form: String) in form == wanted }, { $0.hasPrefix(wanted) }, { (" " + $0).contains(" " + wanted) }] {
            let found = names.indices.filter { forms[$0].contains(where: test) }
            if found.count == 1 { return .one(found[0]) }
            if found.count > 1 { return .several(found) }
        }
        return .none
    }

    /// A name as it may be typed: "Kingston upon Hull, City of" is also "city of kingston upon hull" and "kingston
    /// upon hull"; "St. Helens" is "st helens".
    public static func forms(_ name: String) -> [String] {
        var forms = [normalised(name)]
        let parts = name.split(separator: ",", maxSplits: 1).map { String($0) }
        if parts.count == 2 {
            forms.append(normalised(parts[1] + " " + parts[0]))
            forms.append(normalised(parts[0]))
        }
        return forms
    }

    /// Lower case, letters and digits only, single spaces: "North-East  Lincolnshire" is "north east lincolnshire".
    public static func normalised(_ text: String) -> String {
        let kept = text.lowercased().map { $0.isLetter || $0.isNumber ? $0 : " " }
        return String(kept).split(separator: " ").joined(separator: " ")
    }
}
