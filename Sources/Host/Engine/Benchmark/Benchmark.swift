import CorporateParenting

/// Works out `cps benchmark`'s rows: for each standard measure with DfE data and each authority, its figure beside
/// England's, its region's and its neighbours' (mean and median), its rank and quartile, and its trend.
public struct Benchmark: Sendable {
    /// The statistics.
    public var store: StatisticsStore
    /// Statistical neighbours.
    public var neighbours: StatisticalNeighbours
    /// The framework.
    public var framework: OutcomeFramework
    /// The fewest authorities with a figure for a rank to mean anything (DfE publishes 153); fewer, and no rank.
    public var minimumRanked: Int

    /// Creates a benchmark.
    public init(store: StatisticsStore, neighbours: StatisticalNeighbours, framework: OutcomeFramework, minimumRanked: Int = 100) {
        self.store = store
        self.neighbours = neighbours
        self.framework = framework
        self.minimumRanked = minimumRanked
    }

    /// The measures with data, in catalogue order.
    public var measuresWithData: [StandardMeasure] {
        framework.measures.filter { !(store.series[$0.id] ?? []).isEmpty }
    }

    /// The period for `year` ("2025" matches 2025 and the academic year 2024/25, written 202425).
    static func period(for year: String, among periods: [String]) -> String? {
        if periods.contains(year) { return year }
        if let number = Int(year) {
            let academic = "\(number - 1)\(String(number % 100).leftPadded(2))"
            if periods.contains(academic) { return academic }
        }
        return nil
    }

    /// One row per measure and subject.
    public func rows(measures: [StandardMeasure], subjects: [BenchmarkSubject], year: String?) -> [BenchmarkRow] {
        var rows: [BenchmarkRow] = []
        rows.reserveCapacity(measures.count * subjects.count)
        for measure in measures {
            rows += self.rows(measure, series: series(measure, year: year), subjects: subjects)
        }
        return rows
    }

    /// One measure's series indexed for `year`.
    func series(_ measure: StandardMeasure, year: String?) -> MeasureSeries {
        MeasureSeries(store.series[measure.id] ?? [], measure: measure, year: year, minimumRanked: minimumRanked)
    }

    /// One row per subject on one measure, from its indexed series.
    func rows(_ measure: StandardMeasure, series: MeasureSeries, subjects: [BenchmarkSubject]) -> [BenchmarkRow] {
        var rows: [BenchmarkRow] = []
        rows.reserveCapacity(subjects.count)
        let quality = DataQuality(series.observations, unit: measure.unit)
        for subject in subjects {
            let place = series.ownPlace(subject)
            let own = place.map { series.authorities[$0] }
            let regionName = own?.regionName ?? subject.region
            let code = own?.dfeCode ?? subject.dfeCode
            let neighbourList = code.flatMap { neighbours.lists[$0] } ?? []
            let neighbourValues = neighbourList.compactMap { series.value(dfeCode: $0) }
            let rank = place.flatMap { series.ranks[$0] > 0 ? series.ranks[$0] : nil }
            var history = series.rows(subject)
            if !history.indices.dropFirst().allSatisfy({ history[$0 - 1].timePeriod <= history[$0].timePeriod }) {
                history.sort { $0.timePeriod < $1.timePeriod }
            }
            let trend = history.map { BenchmarkRow.TrendPoint(year: $0.timePeriod, value: $0.value, symbol: $0.symbol) }
            let region = regionName.flatMap { series.regions[$0.lowercased()] } ?? nil
            let rankNote: String? = rank != nil ? nil
                : measure.polarity == .neutral ? Absent.contextNotRanked
                : series.ranked < minimumRanked ? Absent.tooFewToRank(series.ranked, needed: minimumRanked)
                : Absent.noFigureToRank
            rows.append(BenchmarkRow(
                measure: measure.id, authority: subject.authority, dfeCode: code, onsCode: own?.onsCode ?? subject.onsCode,
                name: subject.name, year: series.period, value: own?.value, symbol: own?.symbol, england: series.england,
                region: region,
                neighboursMean: Ranking.mean(neighbourValues), neighboursMedian: Ranking.median(neighbourValues),
                neighbours: neighbourValues.count, rank: rank, of: rank == nil ? nil : series.ranked,
                quartile: rank.map { Ranking.quartile(rank: $0, of: series.ranked) }, trend: trend,
                valueStatus: Absent.status(value: own?.value, symbol: own?.symbol),
                regionNote: region == nil ? Absent.noRegionFigure(regionName) : nil,
                neighboursNote: !neighbourValues.isEmpty ? nil : neighbourList.isEmpty ? Absent.noNeighbours : Absent.neighboursWithoutFigures,
                rankNote: rankNote,
                trendNote: trend.isEmpty ? Absent.noFigure : trend.count == 1 ? Absent.oneYearOnly : nil,
                quality: quality.flags(trend, neighbours: neighbourList)
            ))
        }
        return rows
    }
}

extension String {
    func leftPadded(_ width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
