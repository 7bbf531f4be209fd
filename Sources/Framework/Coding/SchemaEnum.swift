/// An enum written in JSON as one of a fixed set of strings; ``JSONSchemaGenerator`` lists them as the schema's
/// `enum`. Adopting it needs nothing more than the conformances the enum already has. (The generator treats any
/// `CaseIterable` enum with `String` raw values the same way; adopting this says so where the enum is declared.)
///
/// ```swift
/// enum Direction: String, SchemaEnum { case higher, lower }
/// ```
public protocol SchemaEnum: CaseIterable, RawRepresentable, Codable where RawValue == String {}

extension SchemaEnum {
    /// The raw values a JSON file may give, in declaration order.
    public static var schemaRawValues: [String] { allCases.map { $0.rawValue } }

    /// Whether `text` is one of the raw values (without listing them, which costs more than decoding).
    public static func allows(_ text: String) -> Bool { Self(rawValue: text) != nil }
}
