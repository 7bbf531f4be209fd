import CorporateParenting

/// How `cps` prints figures: as documents print them, with no invented precision.
public enum NumberFormat {
    /// 82.2 -> "82.2", 50 -> "50", 75420 -> "75,420".
    public static func plain(_ value: Double) -> String {
        let text = JSONWriter.format(value)
        guard value == value.rounded(), abs(value) >= 10_000 else { return text }
        var digits = Array(text.hasPrefix("-") ? String(text.dropFirst()) : text)
        var grouped = ""
        while digits.count > 3 {
            grouped = "," + String(digits.suffix(3)) + grouped
            digits.removeLast(3)
        }
        return (value < 0 ? "-" : "") + String(digits) + grouped
    }

    /// A figure with its unit: "82.2%", "137 per 10,000", "3 working days".
    public static func withUnit(_ value: Double, _ unit: MeasureUnit?) -> String {
        let number = plain(value)
        switch unit {
        case .percent?: return number + "%"
        case .per10k?: return number + " per 10,000"
        case .percentagePoints?: return number + " percentage points"
        case .workingDays?: return number + " working days"
        case .days?: return number + " days"
        case .weeks?: return number + " weeks"
        case .points?: return number + " points"
        case .times?: return number + " times"
        case .count?, .score?, nil: return number
        case let other?: return number + " " + other.rawValue
        }
    }
}
