import CorporateParenting
import CPSEngine

/// A date given on the command line (`--as-of`): `YYYY-MM-DD`, `YYYY-MM` or `YYYY`, and when it is not one, what
/// exactly is wrong with it ("month 13").
enum DateArgument {
    /// The date `text` writes; a usage error naming what is invalid otherwise.
    static func parse(_ text: String, option: String) throws(CPSError) -> PartialDate {
        if let date = PartialDate(text) { return date }
        throw .usage("The \(option) date \"\(text)\" \(problem(text)).", command: nil)
    }

    /// What is wrong with a text that is not a date, as the end of a sentence.
    static func problem(_ text: String) -> String {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        let digits = { (part: Substring) in !part.isEmpty && part.allSatisfy { $0.isASCII && $0.isNumber } }
        guard (1...3).contains(parts.count), parts[0].count == 4, parts.dropFirst().allSatisfy({ $0.count == 2 }), parts.allSatisfy(digits),
              let year = Int(parts[0])
        else { return "is not written YYYY-MM-DD (or YYYY-MM, or YYYY)" }
        guard year >= 1 else { return "has year 0000; years start at 0001" }
        let month = parts.count > 1 ? Int(parts[1]) ?? 0 : 1
        guard (1...12).contains(month) else { return "has month \(parts[1]); months run from 01 to 12" }
        let day = parts.count > 2 ? Int(parts[2]) ?? 0 : 1
        let days = daysIn(month: month, year: year)
        guard (1...days).contains(day) else {
            return "has day \(parts[2]); \(monthNames[month - 1]) \(year) has \(days) days"
        }
        return "is not a date"
    }

    private static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    private static let monthNames = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                                     "October", "November", "December"]
}
