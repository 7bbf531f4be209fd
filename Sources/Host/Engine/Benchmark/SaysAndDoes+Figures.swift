import CorporateParenting

extension SaysAndDoes {
    /// Each row whose figure is worse than England's or the neighbours' mean (by polarity, in the row's year; a
    /// neutral measure never), with its direction of travel, its figures in the strategy's years, and what
    /// addresses it.
    static func figures(_ profile: PackProfile, rows: [BenchmarkRow], index: FrameworkIndex, strategyYears: ClosedRange<Int>?) -> [Figure] {
        var finder: AddressFinder?
        var figures: [Figure] = []
        for row in rows {
            guard let place = index.measures[row.measure], let value = row.value, let year = row.year else { continue }
            let standard = index.framework.measures[place]
            let againstEngland = Standing(value, against: row.england, standard.polarity)
            let againstNeighbours = Standing(value, against: row.neighboursMean, standard.polarity)
            guard againstEngland == .worse || againstNeighbours == .worse else { continue }
            let position = row.trend.lastIndex { $0.year == year }
            let previous = position.flatMap { $0 > 0 ? row.trend[$0 - 1] : nil }
            let during = strategyYears.map { years in row.trend.filter { calendarYear($0.year).map(years.contains) ?? false } } ?? []
            if finder == nil { finder = AddressFinder(profile) }
            figures.append(Figure(
                measure: row.measure, year: year, value: value, england: row.england, neighboursMean: row.neighboursMean,
                neighboursNote: row.neighboursNote,
                againstEngland: againstEngland, againstNeighbours: againstNeighbours, previous: previous,
                direction: DirectionOfTravel(from: previous?.value, to: value, standard.polarity),
                duringStrategy: during, addressedBy: finder!.addressing(standard),
                quality: row.quality.filter { $0.year == year }
            ))
        }
        return figures
    }

    /// The calendar year a DfE period falls in: "2025" is 2025, and the academic year "202425" (2024/25) is 2025,
    /// as `--year` reads them.
    static func calendarYear(_ period: String) -> Int? {
        guard let number = Int(period) else { return nil }
        switch period.count {
        case 4: return number
        case 6: return Int(period.prefix(2) + period.suffix(2))
        default: return nil
        }
    }

    /// The years a strategy covers, from its first to its last; one year where it states only one end.
    static func years(from start: Int?, to end: Int?) -> ClosedRange<Int>? {
        switch (start, end) {
        case let (start?, end?): start <= end ? start...end : nil
        case let (start?, nil): start...start
        case let (nil, end?): end...end
        case (nil, nil): nil
        }
    }
}
