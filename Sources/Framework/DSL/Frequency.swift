/// How often a board or group meets: the document's words and, when they fix it, the count per year.
///
/// ```swift
/// Board("Corporate Parenting Board", meets: .quarterly)
/// Board("Corporate Parenting Board", meets: .stated("bi-monthly", perYear: 6))
/// ParticipationGroup("making-a-difference", "Making A Difference", meets: .stated("twice monthly", perYear: 24))
/// ```
public struct Frequency: Equatable, Sendable {
    /// The document's words.
    public var wording: String
    /// Meetings a year, when the wording fixes it.
    public var perYear: Int?

    /// A frequency in the document's words, with the count per year when the words fix it.
    public static func stated(_ wording: String, perYear: Int?) -> Frequency {
        Frequency(wording: wording, perYear: perYear)
    }

    /// "monthly": 12 a year.
    public static let monthly = Frequency(wording: "monthly", perYear: 12)
    /// "quarterly": 4 a year.
    public static let quarterly = Frequency(wording: "quarterly", perYear: 4)
    /// "annually": once a year.
    public static let annually = Frequency(wording: "annually", perYear: 1)
}
