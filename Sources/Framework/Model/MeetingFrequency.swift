/// How often a body meets: the words as printed, and a yearly count only where the words fix one.
///
/// "quarterly" is 4 a year and "monthly" 12; "bi-monthly" is ambiguous (twice a month or every two months) and
/// stays words, with no count.
public struct MeetingFrequency: Codable, Equatable, Sendable {
    /// The words as printed.
    public var wording: String
    /// Meetings a year, only when the wording fixes the number.
    public var perYear: Int?

    /// Creates a frequency.
    public init(wording: String, perYear: Int? = nil) {
        self.wording = wording
        self.perYear = perYear
    }

    /// The words as printed, with a yearly count only where they fix one: `.stated("twice a month", perYear: 24)`.
    public static func stated(_ wording: String, perYear: Int?) -> MeetingFrequency {
        MeetingFrequency(wording: wording, perYear: perYear)
    }

    /// "monthly": 12 a year.
    public static let monthly = MeetingFrequency(wording: "monthly", perYear: 12)
    /// "quarterly": 4 a year.
    public static let quarterly = MeetingFrequency(wording: "quarterly", perYear: 4)
    /// "annually": once a year.
    public static let annually = MeetingFrequency(wording: "annually", perYear: 1)
}
