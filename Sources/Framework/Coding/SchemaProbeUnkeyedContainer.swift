/// A probing unkeyed container: it holds one element, whose schema becomes the items' schema.
struct SchemaProbeUnkeyedContainer: UnkeyedDecodingContainer {
    let probe: SchemaProbe
    let items: SchemaSlot
    let codingPath: [any CodingKey]
    var count: Int? { nil }
    var currentIndex = 0
    var isAtEnd: Bool { currentIndex > 0 }

    init(probe: SchemaProbe, items: SchemaSlot, codingPath: [any CodingKey]) {
        self.probe = probe
        self.items = items
        self.codingPath = codingPath
    }

    mutating func decodeNil() throws -> Bool { false }

    private mutating func next() -> SchemaProbeDecoder {
        defer { currentIndex += 1 }
        return SchemaProbeDecoder(probe: probe, slot: currentIndex == 0 ? items : SchemaSlot(), codingPath: codingPath + [IndexKey(currentIndex)])
    }

    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T {
        try next().singleValueContainer().decode(type)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey> {
        try next().container(keyedBy: type)
    }

    mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
        try next().unkeyedContainer()
    }

    mutating func superDecoder() throws -> any Decoder { next() }
}
