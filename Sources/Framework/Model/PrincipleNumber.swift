/// The number (1-7) of one of the statutory corporate parenting principles (see ``Principle``).
///
/// Written as a plain number in JSON and in the DSL (`principles: [2, 3]`); a number outside 1-7 still decodes,
/// so `cps validate` can point at it.
public struct PrincipleNumber: RawRepresentable, Codable, Hashable, Comparable, Sendable, ExpressibleByIntegerLiteral,
    CustomStringConvertible
{
    /// The number.
    public var rawValue: Int

    /// Wraps a number.
    public init(rawValue: Int) { self.rawValue = rawValue }

    /// Wraps a number written as a literal.
    public init(integerLiteral value: Int) { self.rawValue = value }

    /// The number.
    public var description: String { String(rawValue) }

    /// Orders by number.
    public static func < (lhs: PrincipleNumber, rhs: PrincipleNumber) -> Bool { lhs.rawValue < rhs.rawValue }

    /// Decodes from a JSON number.
    public init(from decoder: any Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(Int.self)
    }

    /// Encodes as a JSON number.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}
