extension Entry: Codable {
    /// The JSON key of each kind of entry, in the order the schema lists them.
    public static let keys = [
        "section", "narrative", "item", "action", "evidence", "body", "localPrinciple", "definition", "scope",
        "citation", "coproduction", "partner", "signatory", "expectations",
    ]

    /// The JSON key naming this entry's kind.
    public var key: String {
        switch self {
        case .section: "section"
        case .narrative: "narrative"
        case .item: "item"
        case .action: "action"
        case .evidence: "evidence"
        case .body: "body"
        case .localPrinciple: "localPrinciple"
        case .definition: "definition"
        case .scope: "scope"
        case .citation: "citation"
        case .coproduction: "coproduction"
        case .partner: "partner"
        case .signatory: "signatory"
        case .expectations: "expectations"
        }
    }

    /// Decodes an object with exactly one key naming the entry's kind.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: EntryKey.self)
        let present = container.allKeys
        guard present.count == 1, let key = present.first else {
            let found = present.isEmpty ? "an empty object" : "the keys " + present.map { "\"\($0.stringValue)\"" }.joined(separator: ", ")
            throw DecodingError.dataCorrupted(.init(
                codingPath: decoder.codingPath,
                debugDescription: "An entry is an object with exactly one of \(Entry.keys.map { "\"\($0)\"" }.joined(separator: ", ")) as its key; found \(found)."
            ))
        }
        switch key.stringValue {
        case "section": self = .section(try container.decode(Section.self, forKey: key))
        case "narrative": self = .narrative(try container.decode(Narrative.self, forKey: key))
        case "item": self = .item(try container.decode(Item.self, forKey: key))
        case "action": self = .action(try container.decode(Action.self, forKey: key))
        case "evidence": self = .evidence(try container.decode(Evidence.self, forKey: key))
        case "body": self = .body(try container.decode(Body.self, forKey: key))
        case "localPrinciple": self = .localPrinciple(try container.decode(LocalPrinciple.self, forKey: key))
        case "definition": self = .definition(try container.decode(Definition.self, forKey: key))
        case "scope": self = .scope(try container.decode(StrategyScope.self, forKey: key))
        case "citation": self = .citation(try container.decode(Citation.self, forKey: key))
        case "coproduction": self = .coproduction(try container.decode(Coproduction.self, forKey: key))
        case "partner": self = .partner(try container.decode(Partner.self, forKey: key))
        case "signatory": self = .signatory(try container.decode(Signatory.self, forKey: key))
        case "expectations": self = .expectations(try container.decode(ExpectationSet.self, forKey: key))
        default:
            throw DecodingError.dataCorrupted(.init(
                codingPath: decoder.codingPath + [key],
                debugDescription: "\"\(key.stringValue)\" is not a kind of entry; an entry's key is one of \(Entry.keys.map { "\"\($0)\"" }.joined(separator: ", "))."
            ))
        }
    }

    /// Encodes as an object with one key naming the entry's kind.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: EntryKey.self)
        let key = EntryKey(stringValue: self.key)
        switch self {
        case .section(let value): try container.encode(value, forKey: key)
        case .narrative(let value): try container.encode(value, forKey: key)
        case .item(let value): try container.encode(value, forKey: key)
        case .action(let value): try container.encode(value, forKey: key)
        case .evidence(let value): try container.encode(value, forKey: key)
        case .body(let value): try container.encode(value, forKey: key)
        case .localPrinciple(let value): try container.encode(value, forKey: key)
        case .definition(let value): try container.encode(value, forKey: key)
        case .scope(let value): try container.encode(value, forKey: key)
        case .citation(let value): try container.encode(value, forKey: key)
        case .coproduction(let value): try container.encode(value, forKey: key)
        case .partner(let value): try container.encode(value, forKey: key)
        case .signatory(let value): try container.encode(value, forKey: key)
        case .expectations(let value): try container.encode(value, forKey: key)
        }
    }
}

/// Any key of an entry's object.
struct EntryKey: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }
    init(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
}
