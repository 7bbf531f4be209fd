/// Writes a JSON Schema (draft 2020-12) for a `Decodable` type, found from the type itself: it decodes the type
/// with a probing decoder that records which keys each type asks for and of what types.
///
/// - `decode` makes a key required, unless its type is ``DefaultWhenMissing`` (every array); `decodeIfPresent`
///   makes it optional. Every object has `additionalProperties: false`, except dictionaries with string keys.
/// - Types with keyed containers, ``SchemaEnum``s and ``SingleKeyUnion``s (a `oneOf` of one-key objects) go
///   under `$defs`, named after the Swift type, and are used by `$ref`, so recursive models work. A type that
///   decodes a single value (a string wrapper such as `MeasureUnit`) is written in place as that value's schema.
/// - ``SchemaDescribed`` adds descriptions; ``CustomJSONSchema`` replaces a type's probing with its own schema.
///
/// Limits: the probe sees one path through each `init(from:)`: it answers `contains` and `decodeNil` with
/// `false`, `allKeys` with none, and gives placeholder values (`""`, `0`, `false`, empty collections, an enum's
/// first case), so a type that checks what it reads, or branches on it, needs ``CustomJSONSchema`` or
/// ``SingleKeyUnion``. An unkeyed container's items take the first element's schema. `null` is not allowed
/// where the decoder accepts it for optional and defaulted keys. Dictionaries keyed by other than `String` come
/// out as empty objects. A type that needs a value of a type still being probed (other than through an
/// optional, a collection, a default or a union with a case that can be made) fails.
///
/// ```swift
/// let schema = try JSONSchemaGenerator(title: "Authority pack").schema(for: AuthorityPack.self)
/// print(JSONWriter.write(schema))
/// ```
public struct JSONSchemaGenerator {
    /// Why a type's schema could not be written.
    public struct Failure: Error, CustomStringConvertible {
        /// What went wrong.
        public var reason: String
        /// "cannot write a schema: ...".
        public var description: String { "cannot write a schema: \(reason)" }
    }

    /// The schema's `$id`, if any.
    public var id: String?
    /// The schema's `title`, if any.
    public var title: String?

    /// Creates a generator.
    public init(id: String? = nil, title: String? = nil) {
        self.id = id
        self.title = title
    }

    /// The schema of `type`; with `oneOrMany`, of a file holding one `type` or a non-empty array of them (as
    /// ``PackDecoder/decodeOneOrMany(_:from:noun:)`` reads).
    public func schema<T: Decodable>(for type: T.Type, oneOrMany: Bool = false) throws(Failure) -> JSONValue {
        let probe = SchemaProbe()
        let root: SchemaNode
        do {
            root = try probe.schema(for: type)
        } catch let error as SchemaProbe.Recursion {
            throw Failure(reason: "a value of \(error.typeName) is needed while \(error.typeName) is still being read; make the key optional or adopt CustomJSONSchema")
        } catch {
            throw Failure(reason: "\(error)")
        }
        var writer = SchemaWriter(probe: probe)
        var members: [(key: String, value: JSONValue)] = [("$schema", .string("https://json-schema.org/draft/2020-12/schema"))]
        if let id { members.append(("$id", .string(id))) }
        if let title { members.append(("title", .string(title))) }
        let rootMembers = writer.members(of: root)
        if oneOrMany {
            let array = JSONValue.object(JSONObject([("type", .string("array")), ("items", .object(JSONObject(rootMembers))), ("minItems", .number(1))]))
            members.append(("oneOf", .array([.object(JSONObject(rootMembers)), array])))
        } else {
            members += rootMembers
        }
        if !writer.definitions.isEmpty {
            members.append(("$defs", .object(JSONObject(writer.definitions.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }))))
        }
        return .object(JSONObject(members))
    }
}
