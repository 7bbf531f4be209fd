/// A date as precise as a document states it: a year, a month or a day.
///
/// Documents say "2023 - 2025" or "August 2022" far more often than a day, and a pack must not invent the
/// precision it lacks. In JSON it is a string: `"2025"`, `"2022-08"` or `"2019-08-01"`.
public struct PartialDate: Codable, Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The year.
    public var year: Int
    /// The month, 1-12, when stated.
    public var month: Int?
    /// The day of the month, when stated (only with a month).
    public var day: Int?

    /// Creates a date; `nil` only when the parts are out of range or a day is given without a month.
    public init?(year: Int, month: Int? = nil, day: Int? = nil) {
        guard (1...9999).contains(year) else { return nil }
        if let month, !(1...12).contains(month) { return nil }
        if let day {
            guard let month, (1...PartialDate.daysIn(month: month, year: year)).contains(day) else { return nil }
        }
        self.year = year
        self.month = month
        self.day = day
    }

    /// A whole year; years outside 1-9999 are clamped into range.
    public init(year: Int) {
        self.year = min(max(year, 1), 9999)
        self.month = nil
        self.day = nil
    }

    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; `nil` for anything else.
    public init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count),
              parts[0].count == 4, parts.dropFirst().allSatisfy({ $0.count == 2 }),
              parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              let year = Int(parts[0])
        else { return nil }
        let month = parts.count > 1 ? Int(parts[1]) : nil
        let day = parts.count > 2 ? Int(parts[2]) : nil
        self.init(year: year, month: month, day: day)
    }

    /// The `YYYY`, `YYYY-MM` or `YYYY-MM-DD` form.
    public var description: String {
        var text = String(year).leftPadded(to: 4)
        if let month { text += "-" + String(month).leftPadded(to: 2) }
        if let day { text += "-" + String(day).leftPadded(to: 2) }
        return text
    }

    /// The first day the date can mean ("2025" -> 2025-01-01).
    public var earliestDay: PartialDate {
        PartialDate(year: year, month: month ?? 1, day: day ?? 1)!
    }

    /// The last day the date can mean ("2025" -> 2025-12-31).
    public var latestDay: PartialDate {
        let month = self.month ?? 12
        return PartialDate(year: year, month: month, day: day ?? PartialDate.daysIn(month: month, year: year))!
    }

    /// Orders by the earliest day each can mean, then the less precise first.
    public static func < (lhs: PartialDate, rhs: PartialDate) -> Bool {
        let l = lhs.earliestDay, r = rhs.earliestDay
        if (l.year, l.month!, l.day!) != (r.year, r.month!, r.day!) {
            return (l.year, l.month!, l.day!) < (r.year, r.month!, r.day!)
        }
        return lhs.precision < rhs.precision
    }

    private var precision: Int { day != nil ? 3 : month != nil ? 2 : 1 }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Decodes from its string form, rejecting anything that is not a valid date.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let date = PartialDate(text) else {
            throw DecodingError.dataCorruptedError(
                in: container,
                debugDescription: "Expected a date written YYYY, YYYY-MM or YYYY-MM-DD, found \"\(text)\"."
            )
        }
        self = date
    }

    /// Encodes as its string form.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}

extension String {
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
