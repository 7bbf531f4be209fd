/// An enum written in JSON as an object with exactly one key, which names the case and holds its payload:
/// `{"action": {"text": "..."}}`.
///
/// Adopting it gives the enum its `init(from:)` and `encode(to:)`, and ``JSONSchemaGenerator`` writes it as a
/// `oneOf` of one-key objects. Decoding an object with no key, several keys or an unknown key fails with one
/// sentence naming the allowed keys and, when one is close, the key probably meant.
///
/// ```swift
/// enum Entry: SingleKeyUnion {
///     case section(Section), action(Action)
///     static let unionCases: [UnionCase<Entry>] = [
///         UnionCase("section", Entry.section) { if case .section(let value) = $0 { value } else { nil } },
///         UnionCase("action", Entry.action) { if case .action(let value) = $0 { value } else { nil } },
///     ]
/// }
/// ```
public protocol SingleKeyUnion: Codable {
    /// The cases, in the order messages and the schema list them.
    static var unionCases: [UnionCase<Self>] { get }
    /// What messages call a value: "entry" gives "... as the entry's key". By default the type's name in
    /// lower-case words ("PackEntry" gives "pack entry").
    static var unionName: String { get }
}

extension SingleKeyUnion {
    /// The type's name in lower-case words.
    public static var unionName: String {
        var words = ""
        for character in String(describing: Self.self).prefix(while: { $0 != "<" }) {
            if character.isUppercase, !words.isEmpty { words.append(" ") }
            words.append(contentsOf: character.lowercased())
        }
        return words
    }

    /// Decodes the object's one key and its payload.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: StringCodingKey.self)
        let cases = Self.unionCases
        // The one key present is decoded below; any other makes this an error naming the allowed keys, so the
        // decoder never needs to be told the union's keys one by one.
        let present = container.allKeys
        // The sentence is made only for an error: making it for every entry costs more than decoding the entry.
        func sentence() -> String {
            "Expected exactly one of \(cases.map { "\"\($0.key)\"" }.joined(separator: ", ")) as the \(Self.unionName)'s key; found"
        }
        guard present.count == 1, let key = present.first else {
            let found = present.isEmpty ? "an empty object" : present.map { "\"\($0.stringValue)\"" }.joined(separator: ", ")
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "\(sentence()) \(found)."))
        }
        guard let unionCase = cases.first(where: { $0.key == key.stringValue }) else {
            let hint = NearestKey.nearest(to: key.stringValue, among: cases.map(\.key)).map { " (did you mean \"\($0)\"?)" } ?? ""
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath + [key], debugDescription: "\(sentence()) \"\(key.stringValue)\"\(hint)."))
        }
        self = try unionCase.decode(container, key)
    }

    /// Encodes as an object with the case's key holding its payload.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: StringCodingKey.self)
        for unionCase in Self.unionCases where try unionCase.encode(self, &container) { return }
        throw EncodingError.invalidValue(self, .init(codingPath: encoder.codingPath, debugDescription: "\(Self.self).unionCases has no case for \(self)."))
    }
}
