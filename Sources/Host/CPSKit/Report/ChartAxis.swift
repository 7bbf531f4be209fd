import CorporateParenting
import CPSEngine

/// How the report's charts name a value axis and write its ticks, from the measure's unit.
enum ChartAxis {
    /// The axis title: "Per cent", "Per 10,000 children", "Days"...
    static func title(_ unit: MeasureUnit?) -> String {
        switch unit {
        case .percent?: return "Per cent"
        case .per10k?: return "Per 10,000 children"
        case .percentagePoints?: return "Percentage points"
        case .workingDays?: return "Working days"
        case .days?: return "Days"
        case .weeks?: return "Weeks"
        case .points?: return "Points"
        case .times?: return "Times"
        case .score?: return "Score"
        case .count?: return "Number"
        case let other?: return other.rawValue.prefix(1).uppercased() + other.rawValue.dropFirst()
        case nil: return "Number"
        }
    }

    /// A tick's label: "20%" for a percentage, else the plain number.
    static func tick(_ value: Double, _ unit: MeasureUnit?) -> String {
        NumberFormat.plain(value) + (unit == .percent ? "%" : "")
    }
}
