/// A probing single-value container: the value's schema becomes the type's.
struct SchemaProbeSingleValueContainer: SingleValueDecodingContainer {
    let decoder: SchemaProbeDecoder
    var codingPath: [any CodingKey] { decoder.codingPath }

    func decodeNil() -> Bool { false }

    func decode<T: Decodable>(_ type: T.Type) throws -> T {
        decoder.slot.node = try decoder.probe.schema(for: type)
        return try decoder.probe.value(of: type)
    }
}
