/// A type that states its own JSON Schema instead of letting ``JSONSchemaGenerator`` probe its `init(from:)`:
/// for types whose decoding checks what it reads (a date in a fixed format, a string from a list), which the
/// generator's placeholder values ("" for strings, 0 for numbers, false) would fail.
///
/// ```swift
/// extension PartialDate: CustomJSONSchema {
///     static var jsonSchema: JSONValue { .object(JSONObject([("type", .string("string")), ("pattern", .string("^[0-9]{4}(-[0-9]{2}){0,2}$"))])) }
///     static var schemaPlaceholder: PartialDate { PartialDate(year: 2000) }
/// }
/// ```
public protocol CustomJSONSchema: Decodable {
    /// The type's schema, written in place wherever the type is used.
    static var jsonSchema: JSONValue { get }
    /// Any valid value, which the generator uses where a type containing this one needs a value to go on probing.
    static var schemaPlaceholder: Self { get }
}
