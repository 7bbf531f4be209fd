/// The id of an outcome domain, such as `voice` or `homes`.
///
/// A struct rather than an enum so that a pack naming an unknown domain still decodes and `cps validate` can
/// point at it.
public struct DomainID: RawRepresentable, Codable, Hashable, Comparable, Sendable, ExpressibleByStringLiteral, CustomStringConvertible {
    /// The id.
    public var rawValue: String

    /// Wraps an id.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// Wraps an id written as a literal.
    public init(stringLiteral value: String) { self.rawValue = value }

    /// The id.
    public var description: String { rawValue }

    /// Orders by id.
    public static func < (lhs: DomainID, rhs: DomainID) -> Bool { lhs.rawValue < rhs.rawValue }

    /// Children's voice, participation and influence.
    public static let voice: DomainID = "voice"
    /// Safe, stable and suitable homes and placements.
    public static let homes: DomainID = "homes"
    /// Physical, emotional and mental health and well-being.
    public static let health: DomainID = "health"
    /// Education, attainment and aspiration.
    public static let education: DomainID = "education"
    /// Family, friends, identity and belonging.
    public static let relationships: DomainID = "relationships"
    /// Protection from harm, exploitation and going missing.
    public static let safety: DomainID = "safety"
    /// Leaving care and preparation for adulthood.
    public static let adulthood: DomainID = "adulthood"
    /// The corporate parent's own leadership and accountability.
    public static let governance: DomainID = "governance"
    /// The children's social work workforce: turnover, agency workers, vacancies and caseloads.
    public static let workforce: DomainID = "workforce"

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
