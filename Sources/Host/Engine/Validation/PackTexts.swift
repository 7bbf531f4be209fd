import CorporateParenting

/// Every text of a pack with its JSON path and key, found by walking the pack's JSON, so no field is spelled here.
///
/// Packs read from a file get their texts from the decoder as it reads them; built-in packs, which are never
/// read, are walked here.
public enum PackTexts {
    /// Every string of `pack` (enum values and dates included), in document order.
    public static func all(in pack: AuthorityPack) -> [FlaggedText] {
        guard let json = try? JSONValueEncoder().encode(pack) else { return [] }
        var found: [FlaggedText] = []
        func walk(_ value: JSONValue, path: String, key: String) {
            switch value {
            case .string(let text): found.append(FlaggedText(path: path, key: key, text: text))
            case .array(let elements):
                for (offset, element) in elements.enumerated() { walk(element, path: "\(path)[\(offset)]", key: key) }
            case .object(let object):
                for member in object.members {
                    walk(member.value, path: path.isEmpty ? member.key : "\(path).\(member.key)", key: member.key)
                }
            case .null, .bool, .number: break
            }
        }
        walk(json, path: "", key: "")
        return found
    }
}
