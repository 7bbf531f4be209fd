/// The `Decoder` ``JSONSchemaGenerator`` hands to a type's `init(from:)`: it records what the type asks for in
/// a ``SchemaSlot`` and answers with placeholder values.
struct SchemaProbeDecoder: Decoder {
    let probe: SchemaProbe
    let slot: SchemaSlot
    let codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        let shape: SchemaShape
        if case .object(let existing) = slot.node {
            shape = existing
        } else {
            shape = SchemaShape()
            slot.node = .object(shape)
        }
        return KeyedDecodingContainer(SchemaProbeKeyedContainer<Key>(probe: probe, shape: shape, codingPath: codingPath))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        let items = SchemaSlot()
        slot.node = .array(.slot(items), unique: false)
        return SchemaProbeUnkeyedContainer(probe: probe, items: items, codingPath: codingPath)
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer {
        SchemaProbeSingleValueContainer(decoder: self)
    }
}
