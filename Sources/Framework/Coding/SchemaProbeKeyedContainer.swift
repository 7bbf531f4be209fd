/// A probing keyed container: `decode` records a required key (optional when its type is
/// ``DefaultWhenMissing``), `decodeIfPresent` an optional one, `contains` and `decodeNil` a key of any value.
struct SchemaProbeKeyedContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let probe: SchemaProbe
    let shape: SchemaShape
    let codingPath: [any CodingKey]

    /// No keys: the probe does not know which a type would find.
    var allKeys: [Key] { [] }

    func contains(_ key: Key) -> Bool {
        shape.add(key.stringValue, .any, required: false)
        return false
    }

    func decodeNil(forKey key: Key) throws -> Bool {
        shape.add(key.stringValue, .any, required: false)
        return false
    }

    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
        let node = try probe.schema(for: type)
        if let defaulted = T.self as? any DefaultWhenMissing.Type {
            shape.add(key.stringValue, node, required: false)
            return defaulted.valueWhenMissing as! T
        }
        shape.add(key.stringValue, node, required: true)
        return try probe.value(of: type)
    }

    func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? { try optional(type, key) }

    private func optional<T: Decodable>(_ type: T.Type, _ key: Key) throws -> T? {
        shape.add(key.stringValue, try probe.schema(for: type), required: false)
        return nil
    }

    // The standard library's defaults for these would only call `contains`: each records its type.
    func decodeIfPresent(_ type: String.Type, forKey key: Key) throws -> String? { try optional(type, key) }
    func decodeIfPresent(_ type: Bool.Type, forKey key: Key) throws -> Bool? { try optional(type, key) }
    func decodeIfPresent(_ type: Double.Type, forKey key: Key) throws -> Double? { try optional(type, key) }
    func decodeIfPresent(_ type: Float.Type, forKey key: Key) throws -> Float? { try optional(type, key) }
    func decodeIfPresent(_ type: Int.Type, forKey key: Key) throws -> Int? { try optional(type, key) }
    func decodeIfPresent(_ type: Int8.Type, forKey key: Key) throws -> Int8? { try optional(type, key) }
    func decodeIfPresent(_ type: Int16.Type, forKey key: Key) throws -> Int16? { try optional(type, key) }
    func decodeIfPresent(_ type: Int32.Type, forKey key: Key) throws -> Int32? { try optional(type, key) }
    func decodeIfPresent(_ type: Int64.Type, forKey key: Key) throws -> Int64? { try optional(type, key) }
    func decodeIfPresent(_ type: UInt.Type, forKey key: Key) throws -> UInt? { try optional(type, key) }
    func decodeIfPresent(_ type: UInt8.Type, forKey key: Key) throws -> UInt8? { try optional(type, key) }
    func decodeIfPresent(_ type: UInt16.Type, forKey key: Key) throws -> UInt16? { try optional(type, key) }
    func decodeIfPresent(_ type: UInt32.Type, forKey key: Key) throws -> UInt32? { try optional(type, key) }
    func decodeIfPresent(_ type: UInt64.Type, forKey key: Key) throws -> UInt64? { try optional(type, key) }

    private func slot(_ key: String) -> SchemaProbeDecoder {
        let slot = SchemaSlot()
        shape.add(key, .slot(slot), required: true)
        return SchemaProbeDecoder(probe: probe, slot: slot, codingPath: codingPath + [StringCodingKey(key)])
    }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws -> KeyedDecodingContainer<NestedKey> {
        try slot(key.stringValue).container(keyedBy: type)
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        try slot(key.stringValue).unkeyedContainer()
    }

    func superDecoder() throws -> any Decoder { slot("super") }

    func superDecoder(forKey key: Key) throws -> any Decoder { slot(key.stringValue) }
}
