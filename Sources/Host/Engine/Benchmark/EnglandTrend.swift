import CorporateParenting

/// England's figure on one standard measure in every period of the data, oldest first, for the England line of a
/// trend chart.
public struct EnglandTrend: Codable, Sendable {
    /// The standard measure.
    public var measure: StandardMeasureID
    /// England's figure in each period, `nil` where DfE publishes none.
    public var points: [BenchmarkRow.TrendPoint]

    /// England's trend on `measure` from the store's national rows (the first row of each period).
    public init(_ measure: StandardMeasureID, store: StatisticsStore) {
        self.measure = measure
        var points: [BenchmarkRow.TrendPoint] = []
        for row in store.series[measure] ?? [] where row.geographicLevel == .national && !points.contains(where: { $0.year == row.timePeriod }) {
            points.append(BenchmarkRow.TrendPoint(year: row.timePeriod, value: row.value, symbol: row.symbol))
        }
        self.points = points.sorted { $0.year < $1.year }
    }
}
