import CorporateParenting

/// Flags published percentages that a performance officer would query with the council: a figure at exactly 0% or
/// 100% where its statistical neighbours are nowhere near (rule ``QualityRule/bound``), and an implausible change from
/// one year to the next (rule ``QualityRule/jump``). Flags are notes beside the figure, which is never hidden or
/// changed.
///
/// Only percentages are checked: 0 and 100 are meaningful bounds only for them, and a points change means the same
/// thing across councils of any size only for them. Counts, rates per 10,000 and scores are never flagged.
///
/// The thresholds were set on DfE's 2021-2025 files for every authority (see docs/data-quality.md): they flag returns
/// that collapse to 0 or swing by half the scale, not the 10-20 point movement small cohorts make every year.
public struct DataQuality: Sendable {
    /// How near a bound (in percentage points) a neighbour's figure must be for a 0% or 100% not to be flagged.
    public static let boundMargin = 25.0
    /// The change from the year before, beyond England's, that flags a figure (percentage points).
    public static let jumpPoints = 40.0
    /// How near the figure two years before a change must come back for it to count as a recovery.
    public static let recoveryPoints = 10.0

    /// Whether the measure is checked at all (a percentage).
    public let applies: Bool
    /// The measure's periods, oldest first.
    let periods: [String]
    /// England's figure by period.
    let england: [String: Double]
    /// Each period's local authority figures by DfE code (the first row for a code).
    let figures: [String: [String: Double]]

    /// Indexes a measure's series; a measure that is not a percentage is indexed as empty and never flags.
    public init(_ observations: [DfEObservation], unit: MeasureUnit) {
        applies = unit == .percent
        var periods: Set<String> = [], england: [String: Double] = [:], figures: [String: [String: Double]] = [:]
        if applies {
            for row in observations {
                periods.insert(row.timePeriod)
                guard let value = row.value else { continue }
                switch row.geographicLevel {
                case .national: if england[row.timePeriod] == nil { england[row.timePeriod] = value }
                case .localAuthority:
                    if let code = row.dfeCode, figures[row.timePeriod]?[code] == nil { figures[row.timePeriod, default: [:]][code] = value }
                case .regional: break
                }
            }
        }
        self.periods = periods.sorted()
        self.england = england
        self.figures = figures
    }

    /// The flags on an authority's figures over the years (its trend, oldest first), given its neighbours' DfE codes.
    public func flags(_ trend: [BenchmarkRow.TrendPoint], neighbours: [String]) -> [QualityFlag] {
        guard applies else { return [] }
        var flags: [QualityFlag] = []
        let byPeriod = Dictionary(trend.compactMap { point in point.value.map { (point.year, $0) } }) { first, _ in first }
        for point in trend {
            guard let value = point.value else { continue }
            let period = point.year
            let values = figures[period] ?? [:]
            if let flag = Self.bound(value, year: period, neighbours: neighbours.compactMap { values[$0] }, england: england[period]) {
                flags.append(flag)
            }
            guard let place = periods.firstIndex(of: period), place > 0 else { continue }
            let before = periods[place - 1]
            guard let previous = byPeriod[before] else { continue }
            let englandChange = england[period].flatMap { now in england[before].map { now - $0 } }
            let twoBefore = place > 1 ? byPeriod[periods[place - 2]] : nil
            if let flag = Self.jump(value, year: period, previous: previous, previousYear: before, twoYearsBefore: twoBefore, englandChange: englandChange) {
                flags.append(flag)
            }
        }
        return flags
    }

    /// Rule ``QualityRule/bound``: `value` is 0 or 100 and no neighbour's figure is within ``boundMargin`` of it;
    /// with no neighbour's figure, England's stands in; with neither, nothing is said.
    public static func bound(_ value: Double, year: String, neighbours: [Double], england: Double?) -> QualityFlag? {
        guard value == 0 || value == 100 else { return nil }
        let figure = NumberFormat.withUnit(value, .percent), when = display(year)
        if let low = neighbours.min(), let high = neighbours.max() {
            guard neighbours.allSatisfy({ abs($0 - value) > boundMargin }) else { return nil }
            let range = neighbours.count == 1
                ? "its only statistical neighbour with a figure has \(NumberFormat.withUnit(low, .percent))"
                : "its statistical neighbours range from \(NumberFormat.withUnit(low, .percent)) to \(NumberFormat.withUnit(high, .percent))"
            return QualityFlag(rule: .bound, year: year, message: "\(figure) in \(when) where \(range): \(QualityFlag.checkTheReturn).")
        }
        guard let england, abs(england - value) > boundMargin else { return nil }
        return QualityFlag(rule: .bound, year: year,
                           message: "\(figure) in \(when) where England's figure is \(NumberFormat.withUnit(england, .percent)) and no statistical neighbour has a figure: \(QualityFlag.checkTheReturn).")
    }

    /// Rule ``QualityRule/jump``: the change from `previous` differs from England's change (0 when unknown) by at
    /// least ``jumpPoints``, and does not come back to within ``recoveryPoints`` of `twoYearsBefore`.
    public static func jump(_ value: Double, year: String, previous: Double, previousYear: String, twoYearsBefore: Double?,
                            englandChange: Double?) -> QualityFlag? {
        // Rounded to two decimals, so a figure published with decimals is not flagged or spared by a binary fraction.
        let change = Ranking.rounded(value - previous), englandChange = englandChange.map(Ranking.rounded)
        guard abs(Ranking.rounded(change - (englandChange ?? 0))) >= jumpPoints else { return nil }
        if let twoYearsBefore, abs(value - twoYearsBefore) <= recoveryPoints { return nil }
        let direction = change < 0 ? "down" : "up"
        let england = englandChange.map { moved in
            moved == 0 ? " while England's figure did not move"
                : " while England's \(moved < 0 ? "fell" : "rose") \(NumberFormat.plain(abs(moved))) \(abs(moved) == 1 ? "point" : "points")"
        } ?? ""
        return QualityFlag(rule: .jump, year: year,
                           message: "\(NumberFormat.withUnit(value, .percent)) in \(display(year)), \(direction) \(NumberFormat.plain(abs(change))) points from \(NumberFormat.withUnit(previous, .percent)) in \(display(previousYear))\(england): \(QualityFlag.checkTheReturn).")
    }

    /// "2025", or "2024/25" for an academic year written 202425.
    public static func display(_ period: String) -> String {
        period.count == 6 ? "\(period.prefix(4))/\(period.suffix(2))" : period
    }
}
