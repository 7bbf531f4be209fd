/// The state of one run of ``JSONSchemaGenerator``: the types probed so far, each with its schema and a value
/// made while probing it (which a type containing it needs to go on).
final class SchemaProbe {
    /// A type probed or being probed.
    final class Record {
        let name: String
        var node: SchemaNode = .any
        /// Written under `$defs` even when not an object, enum or union: it refers to itself.
        var recursive = false
        var named = false
        var instance: Any?
        var description: String?
        var keyDescriptions: [String: String] = [:]

        init(name: String) { self.name = name }
    }

    /// A value of a type still being probed was needed, and none was at hand.
    struct Recursion: Error {
        let typeName: String
    }

    var records: [ObjectIdentifier: Record] = [:]
    var inProgress: Set<ObjectIdentifier> = []
    private var names: Set<String> = []

    /// The schema of `T`, probing it the first time it is met.
    func schema<T: Decodable>(for type: T.Type) throws -> SchemaNode {
        if T.self == String.self { return .type("string") }
        if T.self == Bool.self { return .type("boolean") }
        if T.self == Double.self || T.self == Float.self { return .type("number") }
        if T.self is any FixedWidthInteger.Type { return .type("integer") }
        if let container = T.self as? any SchemaContainerType.Type { return try container.schemaNode(self) }
        let id = ObjectIdentifier(T.self)
        if let record = records[id] {
            if inProgress.contains(id) { record.recursive = true }
            return .ref(id)
        }
        try probe(T.self)
        return .ref(id)
    }

    /// A value of `T`: a placeholder for strings, numbers and booleans, empty for collections, the first case of
    /// an enum, and for other types the value made when probing them.
    func value<T: Decodable>(of type: T.Type) throws -> T {
        if T.self == String.self { return "" as! T }
        if T.self == Bool.self { return false as! T }
        if T.self == Double.self { return 0.0 as! T }
        if T.self == Float.self { return Float(0) as! T }
        if let integer = T.self as? any FixedWidthInteger.Type { return zero(integer) as! T }
        if let container = T.self as? any SchemaContainerType.Type { return container.emptyValue as! T }
        let id = ObjectIdentifier(T.self)
        if records[id] == nil { try probe(T.self) }
        if let instance = records[id]?.instance { return instance as! T }
        if let union = T.self as? any SingleKeyUnion.Type, let instance = unionValue(union) {
            records[id]?.instance = instance
            return instance as! T
        }
        if let defaulted = T.self as? any DefaultWhenMissing.Type { return defaulted.valueWhenMissing as! T }
        throw Recursion(typeName: records[id]?.name ?? "\(T.self)")
    }

    private func zero<I: FixedWidthInteger>(_ type: I.Type) -> I { 0 }

    /// The first case of a union whose payload can be made.
    private func unionValue<U: SingleKeyUnion>(_ type: U.Type) -> U? {
        for unionCase in U.unionCases {
            if let payload = try? payloadValue(unionCase.payloadType), let value = unionCase.wrap(payload) { return value }
        }
        return nil
    }

    private func payloadValue<P: Decodable>(_ type: P.Type) throws -> Any { try value(of: type) }

    /// Probes `T` once, recording its schema (and a value of it, when one could be made); on failure nothing of
    /// `T` is kept.
    private func probe<T: Decodable>(_ type: T.Type) throws {
        let id = ObjectIdentifier(T.self)
        let record = Record(name: uniqueName(for: T.self))
        records[id] = record
        inProgress.insert(id)
        defer { inProgress.remove(id) }
        if let described = T.self as? any SchemaDescribed.Type {
            record.description = described.schemaDescription
            record.keyDescriptions = described.schemaKeyDescriptions
        }
        do {
            if let custom = T.self as? any CustomJSONSchema.Type {
                record.node = .json(custom.jsonSchema)
                record.instance = custom.schemaPlaceholder
            } else if let enumeration = T.self as? any (CaseIterable & RawRepresentable<String>).Type {
                record.node = .json(Self.enumSchema(enumeration))
                record.instance = Self.firstCase(enumeration)
                record.named = true
            } else if let union = T.self as? any SingleKeyUnion.Type {
                record.node = .union(try unionCases(union))
                record.named = true
            } else {
                let slot = SchemaSlot()
                record.instance = try T(from: SchemaProbeDecoder(probe: self, slot: slot, codingPath: []))
                record.node = slot.node ?? .any
                if case .object = record.node { record.named = true }
            }
        } catch {
            records[id] = nil
            names.remove(record.name)
            throw error
        }
    }

    private func unionCases<U: SingleKeyUnion>(_ type: U.Type) throws -> [(key: String, node: SchemaNode)] {
        try U.unionCases.map { ($0.key, try payloadSchema($0.payloadType)) }
    }

    private func payloadSchema<P: Decodable>(_ type: P.Type) throws -> SchemaNode { try schema(for: type) }

    private static func enumSchema<E: CaseIterable & RawRepresentable<String>>(_ type: E.Type) -> JSONValue {
        .object(JSONObject([("type", .string("string")), ("enum", .array(E.allCases.map { .string($0.rawValue) }))]))
    }

    private static func firstCase<E: CaseIterable & RawRepresentable<String>>(_ type: E.Type) -> Any? { E.allCases.first }

    /// The type's name as a `$defs` key: `ID<Section>` gives `IDOfSection`; a name already taken gets a number.
    private func uniqueName(for type: Any.Type) -> String {
        var base = ""
        for character in String(describing: type) {
            switch character {
            case "<": base += "Of"
            case ",": base += "And"
            case _ where character.isLetter || character.isNumber || character == "_": base.append(character)
            default: break
            }
        }
        var name = base, number = 2
        while names.contains(name) {
            name = "\(base)\(number)"
            number += 1
        }
        names.insert(name)
        return name
    }
}
