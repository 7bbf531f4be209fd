import CorporateParenting

/// DfE's ranking conventions: rank 1 is best by the measure's polarity, ties share the better rank
/// ("1, 2, 2, 4"), and quartile bands run from A (best quarter) to D.
public enum Ranking {
    /// The rank of each value in place (0 for a missing value), by the same conventions; all 0 for a neutral
    /// measure.
    public static func ranks(_ values: [Double?], polarity: Polarity) -> [Int] {
        var ranks = Array(repeating: 0, count: values.count)
        guard polarity != .neutral else { return ranks }
        let order = values.indices.filter { values[$0] != nil }.sorted { a, b in
            let x = values[a]!, y = values[b]!
            return x != y ? (polarity == .higherIsBetter ? x > y : x < y) : a < b
        }
        for (position, index) in order.enumerated() {
            ranks[index] = position > 0 && values[order[position - 1]] == values[index] ? ranks[order[position - 1]] : position + 1
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
