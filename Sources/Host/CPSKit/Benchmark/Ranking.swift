import CorporateParenting

/// DfE's ranking conventions: rank 1 is best by the measure's polarity, ties share the better rank
/// ("1, 2, 2, 4"), and quartile bands run from A (best quarter) to D.
public enum Ranking {
    /// Each code's rank among `values`; empty for a neutral measure, which is context rather than performance.
    public static func ranks(_ values: [(code: String, value: Double)], polarity: Polarity) -> [String: Int] {
        guard polarity != .neutral else { return [:] }
        let sorted = values.sorted { polarity == .higherIsBetter ? $0.value > $1.value : $0.value < $1.value }
        var ranks: [String: Int] = [:]
        for (position, entry) in sorted.enumerated() {
            if position > 0, sorted[position - 1].value == entry.value {
                ranks[entry.code] = ranks[sorted[position - 1].code]
            } else {
                ranks[entry.code] = position + 1
            }
        }
        return ranks
    }

    /// The quartile band of a rank among `count`: A for the best quarter (rank ≤ count / 4) to D for the worst.
    public static func quartile(rank: Int, of count: Int) -> String {
        guard count > 0 else { return "" }
        let band = min(4, max(1, Int((Double(rank) * 4 / Double(count)).rounded(.up))))
        return ["A", "B", "C", "D"][band - 1]
    }

    /// The mean, rounded to two decimals; `nil` for no values.
    public static func mean(_ values: [Double]) -> Double? {
        guard !values.isEmpty else { return nil }
        return rounded(values.reduce(0, +) / Double(values.count))
    }

    /// The median (the mean of the middle two for an even count), rounded to two decimals; `nil` for no values.
    public static func median(_ values: [Double]) -> Double? {
        guard !values.isEmpty else { return nil }
        let sorted = values.sorted()
        let middle = sorted.count / 2
        return rounded(sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2)
    }

    static func rounded(_ value: Double) -> Double { (value * 100).rounded() / 100 }
}
