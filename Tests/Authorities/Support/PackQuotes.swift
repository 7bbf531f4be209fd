import CorporateParenting

/// What a pack quotes from its document and the figures it prints, gathered from its JSON so that every field
/// of the model is covered without naming each one here.
enum PackQuotes {
    /// Keys whose strings are the encoder's words, enum values or dates rather than the document's text.
    static let notQuoted: Set<String> = [
        "id", "kind", "level", "basis", "note", "captureNote", "topic", "edition", "unit", "scope", "standardMeasure",
        "domain", "domains", "state", "polarity", "direction", "purpose", "capture", "status", "start", "end", "due",
        "asOf", "reviewDate", "approved", "by", "section", "body", "partOf", "serves", "schemaVersion", "region",
        "ons", "dfe", "links",
    ]

    /// Every quoted string with its JSON path.
    static func texts(in pack: AuthorityPack) throws -> [(path: String, text: String)] {
        var found: [(String, String)] = []
        func walk(_ value: JSONValue, path: String, key: String) {
            switch value {
            case .string(let text):
                let roleTitle = key == "title" && path.contains(".roles[")
                if !notQuoted.contains(key), !roleTitle { found.append((path, text)) }
            case .array(let elements):
                for (index, element) in elements.enumerated() { walk(element, path: "\(path)[\(index)]", key: key) }
            case .object(let object):
                for member in object.members where !(path.isEmpty && ["id", "name"].contains(member.key)) {
                    walk(member.value, path: path.isEmpty ? member.key : "\(path).\(member.key)", key: member.key)
                }
            default: break
            }
        }
        walk(try JSONValueEncoder().encode(pack), path: "", key: "")
        return found
    }

    /// Every printed figure (figures, targets, baselines and co-production counts) with its JSON path.
    static func figures(in pack: AuthorityPack) throws -> [(path: String, value: Double)] {
        var found: [(String, Double)] = []
        func walk(_ value: JSONValue, path: String, key: String, parent: String) {
            switch value {
            case .number(let number):
                if (key == "value" && ["figures", "target", "baseline"].contains(parent)) || key == "count" {
                    found.append((path, number))
                }
            case .array(let elements):
                for (index, element) in elements.enumerated() { walk(element, path: "\(path)[\(index)]", key: key, parent: parent) }
            case .object(let object):
                for member in object.members {
                    walk(member.value, path: "\(path).\(member.key)", key: member.key, parent: key)
                }
            default: break
            }
        }
        walk(try JSONValueEncoder().encode(pack), path: "", key: "", parent: "")
        return found
    }
}
