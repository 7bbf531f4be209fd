import CorporateParenting

extension CouncilSummary {
    /// Works out the summary of one council from its pack, its benchmark rows (one per measure) and its gaps;
    /// `label` names the strategy where two of one council are summarised together (see ``AuthorityRef/labels(for:)``).
    public init(_ pack: AuthorityPack, label: String? = nil, rows: [BenchmarkRow], gaps: [Gap], asOf: PartialDate, framework: OutcomeFramework) {
        authority = AuthorityRef(pack, label: label ?? pack.name)
        period = pack.document.period
        currency = StrategyCurrency(period, on: asOf)
        var standings: [FigureStanding] = []
        for row in rows {
            guard let measure = framework.measure(row.measure), measure.polarity != .neutral, let standing = Self.standing(row, polarity: measure.polarity) else { continue }
            standings.append(standing)
        }
        judged = standings.count
        worseThanEngland = standings.filter(\.worseThanEngland).sorted { $0.shortfall > $1.shortfall }
        worseThanNeighbours = standings.filter(\.worseThanNeighbours)
        seriousGaps = Self.serious(gaps)
        gapCount = gaps.count
    }

    /// Up to ``gapsShown`` gaps, highest severity first, one per rule before any rule comes twice, so three
    /// findings of one rule do not hide a second rule; in rule order within a severity.
    static func serious(_ gaps: [Gap]) -> [Gap] {
        let ranked = gaps.indices.sorted { (gaps[$0].severity, $1) > (gaps[$1].severity, $0) }
        var seen: Set<String> = [], first: [Int] = [], repeats: [Int] = []
        for index in ranked {
            if seen.insert(gaps[index].rule).inserted { first.append(index) } else { repeats.append(index) }
        }
        // The chosen gaps are then given most severe first.
        let chosen = Set((first + repeats).prefix(gapsShown))
        return ranked.filter(chosen.contains).map { gaps[$0] }
    }

    /// One row's figure judged against England, the neighbours and the previous year; `nil` without a figure.
    static func standing(_ row: BenchmarkRow, polarity: Polarity) -> FigureStanding? {
        guard let value = row.value else { return nil }
        func worse(than other: Double?) -> Bool { Standing(value, against: other, polarity) == .worse }
        let earlier = row.trend.filter { point in point.value != nil && (row.year.map { point.year < $0 } ?? false) }
        let previous = earlier.max { $0.year < $1.year }
        let shortfall = row.england.map { england in worse(than: england) ? abs(value - england) / max(abs(england), 1e-9) : 0 } ?? 0
        return FigureStanding(measure: row.measure, year: row.year, value: value, england: row.england, neighboursMean: row.neighboursMean,
                              worseThanEngland: worse(than: row.england), worseThanNeighbours: worse(than: row.neighboursMean),
                              previous: previous, travel: DirectionOfTravel(from: previous?.value, to: value, polarity),
                              flagged: row.quality.contains { $0.year == row.year },
                              shortfall: shortfall)
    }
}
