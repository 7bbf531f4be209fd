import CorporateParenting

extension StrategyPeriod {
    /// "2023-2025", "2019-", "-2025", "not stated".
    public var compact: String {
        (start == nil && end == nil) ? "not stated" : "\(start?.description ?? "")-\(end?.description ?? "")"
    }

    /// "2023 to 2025", "from 2019", "not stated".
    public var display: String {
        switch (start, end) {
        case let (start?, end?): "\(start) to \(end)"
        case let (start?, nil): "from \(start)"
        case let (nil, end?): "to \(end)"
        case (nil, nil): "not stated"
        }
    }
}
