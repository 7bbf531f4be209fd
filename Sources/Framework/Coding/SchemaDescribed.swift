/// A type that gives ``JSONSchemaGenerator`` a description for its schema, and optionally for its keys.
///
/// ```swift
/// extension Section: SchemaDescribed {
///     static var schemaDescription: String { "A titled part of the strategy." }
///     static var schemaKeyDescriptions: [String: String] { ["heading": "The section's heading as printed."] }
/// }
/// ```
public protocol SchemaDescribed {
    /// The schema's `description`.
    static var schemaDescription: String { get }
    /// Descriptions of the type's keys, by key; none by default.
    static var schemaKeyDescriptions: [String: String] { get }
}

extension SchemaDescribed {
    /// No key descriptions.
    public static var schemaKeyDescriptions: [String: String] { [:] }
}
