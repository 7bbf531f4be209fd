import CorporateParenting

/// Whether a strategy's period covers the date it is judged on.
public enum StrategyCurrency: String, Codable, Sendable {
    /// The period has begun (or its start is not stated) and has not ended.
    case current
    /// The period ended before the date.
    case ended
    /// The period starts after the date.
    case notStarted = "not-started"
    /// The document does not state when the strategy ends.
    case endNotStated = "end-not-stated"

    /// The currency of `period` on `date`.
    public init(_ period: StrategyPeriod, on date: PartialDate) {
        if let end = period.end, end.latestDay < date {
            self = .ended
        } else if let start = period.start, date < start.earliestDay {
            self = .notStarted
        } else {
            self = period.end == nil ? .endNotStated : .current
        }
    }
}
