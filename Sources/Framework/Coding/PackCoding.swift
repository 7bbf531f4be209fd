/// The JSON form of packs, and of everything `cps` writes as JSON: members sorted by key, two-space indentation,
/// no escaped slashes, so the same value always gives the same bytes.
///
/// ```swift
/// let text = try PackCoding.json(pack)
/// let again = try PackCoding.decodePack(Array(text.utf8))
/// ```
public enum PackCoding {
    /// Encodes a value as deterministic JSON text ending in a newline.
    public static func json<T: Encodable>(_ value: T) throws -> String {
        JSONWriter.write(try JSONValueEncoder().encode(value)) + "\n"
    }

    /// Reads a pack from JSON bytes; the error names the place (JSON path, line and column) and what is wrong.
    public static func decodePack(_ bytes: [UInt8]) throws(PackDecodingError) -> AuthorityPack {
        try PackReader.readPack(bytes)
    }

    /// Reads any decodable value from JSON bytes, with the same errors as ``decodePack(_:)``.
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
