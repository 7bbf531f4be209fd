/// The standard collections ``JSONSchemaGenerator`` writes without probing: optionals, arrays, sets and
/// dictionaries with string keys.
protocol SchemaContainerType {
    /// The schema, from the element's.
    static func schemaNode(_ probe: SchemaProbe) throws -> SchemaNode
    /// `nil` or an empty collection.
    static var emptyValue: Self { get }
}

extension Optional: SchemaContainerType where Wrapped: Decodable {
    static func schemaNode(_ probe: SchemaProbe) throws -> SchemaNode { try probe.schema(for: Wrapped.self) }
    static var emptyValue: Self { nil }
}

extension Array: SchemaContainerType where Element: Decodable {
    static func schemaNode(_ probe: SchemaProbe) throws -> SchemaNode { .array(try probe.schema(for: Element.self), unique: false) }
    static var emptyValue: Self { [] }
}

extension Set: SchemaContainerType where Element: Decodable {
    static func schemaNode(_ probe: SchemaProbe) throws -> SchemaNode { .array(try probe.schema(for: Element.self), unique: true) }
    static var emptyValue: Self { [] }
}

extension Dictionary: SchemaContainerType where Key == String, Value: Decodable {
    static func schemaNode(_ probe: SchemaProbe) throws -> SchemaNode { .map(try probe.schema(for: Value.self)) }
    static var emptyValue: Self { [:] }
}
