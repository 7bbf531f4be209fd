/// The unit of a figure, written as a short string in JSON (`"percent"`, `"count"`, `"per-10k"`).
///
/// A struct rather than an enum so a pack may use a unit the framework does not list; `cps validate` warns when
/// it does.
public struct MeasureUnit: RawRepresentable, Codable, Hashable, Sendable, ExpressibleByStringLiteral {
    /// The unit's name.
    public var rawValue: String

    /// Wraps a unit name.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// Wraps a unit name written as a literal.
    public init(stringLiteral value: String) { self.rawValue = value }

    /// A percentage, recorded as printed (82.2).
    public static let percent: MeasureUnit = "percent"
    /// A number of children, people or things.
    public static let count: MeasureUnit = "count"
    /// A rate per 10,000 children under 18.
    public static let per10k: MeasureUnit = "per-10k"
    /// A score on a scale, such as the SDQ (0-40).
    public static let score: MeasureUnit = "score"
    /// Calendar days.
    public static let days: MeasureUnit = "days"
    /// Working days.
    public static let workingDays: MeasureUnit = "working-days"
    /// Weeks.
    public static let weeks: MeasureUnit = "weeks"
    /// Percentage points (a change in a percentage).
    public static let percentagePoints: MeasureUnit = "percentage-points"
    /// Points on a scale other than a percentage (a change in an average score).
    public static let points: MeasureUnit = "points"
    /// A multiple ("4 times more likely").
    public static let times: MeasureUnit = "times"

    /// The units the framework knows.
    public static let known: [MeasureUnit] = [
        .percent, .count, .per10k, .score, .days, .workingDays, .weeks, .percentagePoints, .points, .times,
    ]

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
