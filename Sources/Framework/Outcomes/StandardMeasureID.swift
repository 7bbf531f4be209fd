/// The id of a measure in the framework's catalogue, such as `placement-stability-long-term`.
public struct StandardMeasureID: RawRepresentable, Codable, Hashable, Comparable, Sendable, ExpressibleByStringLiteral, CustomStringConvertible {
    /// The id.
    public var rawValue: String

    /// Wraps an id.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// Wraps an id written as a literal.
    public init(stringLiteral value: String) { self.rawValue = value }

    /// The id.
    public var description: String { rawValue }

    /// Orders by id.
    public static func < (lhs: StandardMeasureID, rhs: StandardMeasureID) -> Bool { lhs.rawValue < rhs.rawValue }

    /// Decodes from a plain string.
    public init(from decoder: any Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(String.self)
    }

    /// Encodes as a plain string.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}
