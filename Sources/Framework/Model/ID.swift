/// The id of an entity of a pack, typed by what it names, so a reference to a body cannot be given an item's id.
///
/// Written as a string in JSON and as a string literal in the DSL: `reportsTo: "corporate-parenting-board"`.
/// Every reference is checked by one validation rule (`unresolved-reference`).
public struct ID<Entity>: RawRepresentable, Codable, Hashable, Comparable, Sendable, ExpressibleByStringLiteral,
    CustomStringConvertible
{
    /// The id as written.
    public var rawValue: String

    /// Wraps an id.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// Wraps an id written as a literal.
    public init(stringLiteral value: String) { self.rawValue = value }

    /// The id as written.
    public var description: String { rawValue }

    /// Orders by the id's text.
    public static func < (lhs: ID, rhs: ID) -> Bool { lhs.rawValue < rhs.rawValue }

    /// Decodes from a JSON string.
    public init(from decoder: any Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(String.self)
    }

    /// Encodes as a JSON string.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}
