extension Benchmark {
    /// The years the statistics hold, as `--year` takes them (the academic year 2024/25, written 202425, is 2025),
    /// oldest first.
    var years: [String] {
        let periods = Set(store.series.values.joined().map(\.timePeriod))
        let years = periods.map { $0.count == 6 && Int($0) != nil ? String($0.suffix(2)).prefixedCentury(from: $0) : $0 }
        return Set(years).sorted()
    }

    /// Checks that `--year` names a year the statistics hold; an error naming the years there are otherwise.
    public func check(year: String?) throws(EngineError) {
        guard let year else { return }
        guard year.count == 4, Int(year) != nil else {
            throw .badYear(year, example: years.last ?? "2025")
        }
        let periods = Set(store.series.values.joined().map(\.timePeriod))
        guard Self.period(for: year, among: Array(periods)) == nil else { return }
        throw .noFiguresForYear(year, years: years)
    }
}

private extension String {
    /// "25" with "202425" -> "2025": the two-digit year in the century of the period's first year.
    func prefixedCentury(from period: String) -> String { String(period.prefix(2)) + self }
}
