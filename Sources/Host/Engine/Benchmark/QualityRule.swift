/// A rule that flags a published figure as worth a second look ("check the return"). A flag never hides or changes
/// the figure: it is a note beside it. The rules apply to percentages only (see ``DataQuality``).
public enum QualityRule: String, Codable, CaseIterable, Sendable {
    /// A percentage of exactly 0 or 100 while none of the authority's statistical neighbours with a figure that
    /// year is within ``DataQuality/boundMargin`` points of it (England's figure stands in when no neighbour has
    /// one). Dozens of councils honestly report 100% where their neighbours report 90-100%; a 0% among neighbours
    /// at 80-100% is far more likely a return that was not completed.
    case bound
    /// A change from the year before of at least ``DataQuality/jumpPoints`` percentage points more than England's
    /// change that year. A change that comes back to within ``DataQuality/recoveryPoints`` points of the figure two
    /// years before is a recovery and is not flagged: the dip or spike before it is.
    case jump

    /// The rule in one sentence, for documentation and help.
    public var summary: String {
        switch self {
        case .bound:
            "bound: a percentage of exactly 0 or 100 while none of the authority's statistical neighbours with a figure that year is within \(DataQuality.boundMargin) points of it (England's figure when no neighbour has one)."
        case .jump:
            "jump: a change from the year before of at least \(DataQuality.jumpPoints) percentage points beyond England's change that year, unless it comes back to within \(DataQuality.recoveryPoints) points of the figure two years before."
        }
    }
}
