/// Reading and writing packs (and any other model value) as JSON.
public enum PackCoding {
    /// `value` as deterministic JSON: keys sorted, two-space indents, a final newline.
    public static func json<T: Encodable>(_ value: T) throws -> String {
        JSONWriter.write(try JSONValueEncoder().encode(value)) + "\n"
    }

    /// A pack from its JSON, upgrading a version 1 pack in memory.
    public static func decodePack(_ bytes: [UInt8]) throws(PackDecodingError) -> AuthorityPack {
        try decode(AuthorityPack.self, from: bytes)
    }

    /// Any `Decodable` value from JSON.
    public static func decode<T: Decodable>(_ type: T.Type, from bytes: [UInt8]) throws(PackDecodingError) -> T {
        let value: JSONValue
        do {
            value = try JSONParser.parse(bytes)
        } catch let error as JSONSyntaxError {
            throw .syntax(error)
        } catch {
            throw .syntax(JSONSyntaxError(reason: "\(error)", offset: 0, line: 1, column: 1))
        }
        do {
            return try JSONValueDecoder().decode(type, from: value)
        } catch let error as DecodingError {
            throw PackDecodingError(error, in: bytes)
        } catch {
            throw .shape(path: "", reason: "\(error)", position: nil)
        }
    }
}
