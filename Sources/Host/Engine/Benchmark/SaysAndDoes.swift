import CorporateParenting

/// "Says and does" for one council: each of its published figures that is worse than England's or than its
/// statistical neighbours' mean, with what in its strategy addresses that figure (a metric it monitors, a target,
/// an action whose text names what the figure measures) or nothing; the standard measures it monitors beside their
/// figures; and the strategy's years beside the figures' years.
///
/// A priority or other item mapped to a figure's domain never addresses the figure on its own, and figures the
/// strategy quotes as context never count. Results are data: views word them.
public struct SaysAndDoes: Codable, Sendable {
    /// The council.
    public var authority: AuthorityRef
    /// The first year of the strategy's period, as the document states it; `nil` where it does not.
    public var strategyStart: Int?
    /// The last year of the strategy's period, as the document states it; `nil` where it does not.
    public var strategyEnd: Int?
    /// The year asked for with `--year`, or `nil` for each measure's latest figures.
    public var askedYear: String?
    /// The latest year of the council's figures set against the strategy, as a calendar year (the academic year
    /// 2024/25 counts as 2025); `nil` when it has none.
    public var figuresYear: Int?
    /// Whether the strategy's period ended before ``figuresYear``.
    public var endedBeforeFigures: Bool
    /// Why there is no figure at all for the council; `nil` when there is at least one row in the data.
    public var noFigures: NoFiguresReason?
    /// The metrics it monitors that DfE publishes (figures it only quotes as context are left out).
    public var commitments: [Committed]
    /// The standard measures it monitors that DfE does not publish by authority (or that the data lacks).
    public var withoutData: [StandardMeasureID]
    /// Each figure worse than England's or the neighbours' mean, in the catalogue's order, with what addresses it.
    public var figures: [Figure]

    /// Works out says-and-does for a council from its profile and the benchmark.
    public init(_ profile: PackProfile, benchmark: Benchmark, year: String?) {
        let rows = benchmark.rows(measures: benchmark.measuresWithData, subjects: [BenchmarkSubject(profile)], year: year)
        self.init(profile, rows: rows, framework: benchmark.framework, year: year)
    }

    /// Works out says-and-does for a council from its profile and its benchmark rows (one per measure with data).
    public init(_ profile: PackProfile, rows: [BenchmarkRow], framework: OutcomeFramework, year: String? = nil) {
        self.init(profile, rows: rows, index: FrameworkIndex(framework), year: year)
    }

    public init(_ profile: PackProfile, rows: [BenchmarkRow], index: FrameworkIndex, year: String? = nil) {
        let framework = index.framework
        authority = profile.ref
        askedYear = year
        let period = profile.pack.document.period
        strategyStart = period.start?.year
        strategyEnd = period.end?.year
        noFigures = Self.noFigures(profile.pack.codes, rows: rows)
        var committed: [Committed] = []
        var withoutData: [StandardMeasureID] = []
        for profiled in profile.measures {
            guard let place = profiled.catalogueIndex else { continue }
            let standard = framework.measures[place]
            guard let row = rows.first(where: { $0.measure == standard.id }), row.value != nil || row.symbol != nil else {
                if !withoutData.contains(standard.id) { withoutData.append(standard.id) }
                continue
            }
            committed.append(Committed(measure: standard.id, title: profiled.title, target: profiled.evidence.target, year: row.year,
                                       value: row.value, england: row.england,
                                       againstEngland: Standing(row.value, against: row.england, standard.polarity), quartile: row.quartile,
                                       symbol: row.symbol, valueStatus: row.valueStatus, quartileNote: row.rankNote,
                                       againstEnglandNote: Self.whyNotCompared(row, standard.polarity),
                                       quality: row.quality.filter { $0.year == row.year }))
        }
        commitments = committed
        self.withoutData = withoutData
        let latest = rows.lazy.filter { $0.value != nil }.compactMap { $0.year.flatMap(Self.calendarYear) }.max()
        figuresYear = latest
        let end = period.end?.year
        endedBeforeFigures = end.flatMap { end in latest.map { end < $0 } } ?? false
        let years = Self.years(from: period.start?.year, to: end)
        figures = noFigures == nil ? Self.figures(profile, rows: rows, index: index, strategyYears: years) : []
    }

    /// Why a row's figure cannot be set against England's: a context measure, the council's figure missing (its
    /// special value's meaning) or England's; `nil` when it can.
    static func whyNotCompared(_ row: BenchmarkRow, _ polarity: Polarity) -> String? {
        if polarity == .neutral { return Absent.contextNotCompared }
        if let missing = Absent.describe(value: row.value, symbol: row.symbol) { return "the council's figure: \(missing)" }
        if row.england == nil { return "England's figure: \(Absent.noFigure)" }
        return nil
    }

    /// Why there is no figure at all: no code, codes DfE does not list, or no row in the statistics loaded; `nil`
    /// when some row of the data is the council's.
    static func noFigures(_ codes: AuthorityCodes, rows: [BenchmarkRow]) -> NoFiguresReason? {
        guard codes.dfe != nil || codes.ons != nil else { return .noCode }
        guard rows.allSatisfy({ $0.trend.isEmpty }) else { return nil }
        let directory = AuthorityDirectory.builtIn
        let listed = codes.dfe.flatMap(directory.entry(dfeCode:)) ?? codes.ons.flatMap(directory.entry(onsCode:))
        return listed == nil ? .notInDfEList : .notInStatistics
    }
}
