import CorporateParenting

/// "Says and does" for one council: the standard measures its strategy commits to beside its published figures,
/// and the domains where its published figures are worse than England's but no item of its strategy serves the domain
/// and no metric it monitors evidences it (figures it quotes as context do not count).
public struct SaysAndDoes: Codable, Sendable {
    /// A measure the strategy commits to, with the published figures.
    public struct Committed: Codable, Sendable {
        /// The standard measure.
        public var measure: StandardMeasureID
        /// The strategy's own words for it.
        public var title: String
        /// The strategy's target, if any.
        public var target: Target?
        /// The period of the published figures.
        public var year: String?
        /// The council's figure.
        public var value: Double?
        /// England's figure.
        public var england: Double?
        /// `better`, `worse` or `same` than England by the measure's polarity; `nil` when it cannot be said.
        public var againstEngland: String?
        /// The quartile band, when ranked.
        public var quartile: String?
        /// DfE's special value when there is no figure (`c`, `z`, `x`, ...).
        public var symbol: String? = nil
        /// What the council's figure is, as ``BenchmarkRow/valueStatus``.
        public var valueStatus: String = "published"
        /// Why there is no quartile (as ``BenchmarkRow/rankNote``); `nil` when ranked.
        public var quartileNote: String? = nil
        /// Why the figure cannot be set against England's; `nil` when it can.
        public var againstEnglandNote: String? = nil
        /// The flags on the figure of ``year`` (see ``DataQuality``): each with its rule and one sentence ending
        /// "check the return"; empty when none.
        public var quality: [QualityFlag] = []
    }

    /// A published figure worse than England's.
    public struct PoorFigure: Codable, Sendable {
        /// The standard measure.
        public var measure: StandardMeasureID
        /// The period.
        public var year: String?
        /// The council's figure.
        public var value: Double
        /// England's figure.
        public var england: Double
        /// The flags on the council's figure (see ``DataQuality``); empty when none.
        public var quality: [QualityFlag] = []
    }

    /// A domain with poor figures that no item of the strategy serves and no metric it monitors evidences.
    public struct Unaddressed: Codable, Sendable {
        /// The domain.
        public var domain: DomainID
        /// The figures worse than England's.
        public var figures: [PoorFigure]
        /// One sentence.
        public var message: String
    }

    /// The council.
    public var authority: AuthorityRef
    /// The metrics it commits to monitor that DfE publishes (figures it only quotes as context are left out).
    public var commitments: [Committed]
    /// The standard measures it commits to that DfE does not publish by authority (or that the data lacks).
    public var withoutData: [StandardMeasureID]
    /// Domains with poor figures and no item or monitored metric.
    public var unaddressed: [Unaddressed]

    /// Works out says-and-does for a council from its profile and the benchmark.
    public init(_ profile: PackProfile, benchmark: Benchmark, year: String?) {
        let subject = BenchmarkSubject(authority: profile.pack.id, dfeCode: profile.pack.codes.dfe, onsCode: profile.pack.codes.ons,
                                       name: profile.pack.name, region: profile.pack.region)
        self.init(profile, rows: benchmark.rows(measures: benchmark.measuresWithData, subjects: [subject], year: year), framework: benchmark.framework)
    }

    /// Works out says-and-does for a council from its profile and its benchmark rows (one per measure with data).
    public init(_ profile: PackProfile, rows: [BenchmarkRow], framework: OutcomeFramework) {
        self.init(profile, rows: rows, index: FrameworkIndex(framework))
    }

    public init(_ profile: PackProfile, rows: [BenchmarkRow], index: FrameworkIndex) {
        let framework = index.framework
        authority = profile.ref
        // Each row with its standard measure, looked up once.
        let standards = rows.map { row in index.measures[row.measure].map { framework.measures[$0] } }
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
                                       againstEngland: Self.compare(row.value, row.england, standard.polarity), quartile: row.quartile,
                                       symbol: row.symbol, valueStatus: row.valueStatus, quartileNote: row.rankNote,
                                       againstEnglandNote: Self.whyNotCompared(row, standard.polarity),
                                       quality: row.quality.filter { $0.year == row.year }))
        }
        commitments = committed
        self.withoutData = withoutData
        let addressed = profile.items.reduce(0) { $0 | $1.domainMask } | profile.measures.reduce(0) { $0 | $1.domainMask }
        unaddressed = framework.domains.enumerated().compactMap { place, domain in
            let isAddressed = place < 64
                ? addressed & 1 << UInt64(place) != 0
                : profile.domainsServed.contains(domain.id) || profile.measures.contains { $0.domains.contains(domain.id) }
            guard !isAddressed else { return nil }
            var poor: [PoorFigure] = [], figures: [String] = []
            for (row, standard) in zip(rows, standards) {
                guard let standard, standard.domain == domain.id, let value = row.value, let england = row.england,
                      Self.compare(value, england, standard.polarity) == "worse" else { continue }
                let flags = row.quality.filter { $0.year == row.year }
                poor.append(PoorFigure(measure: row.measure, year: row.year, value: value, england: england, quality: flags))
                let figure = NumberFormat.withUnit(value, standard.unit) + (flags.isEmpty ? "" : " (\(QualityFlag.checkTheReturn))")
                figures.append("\(standard.title.lowercased()) \(figure) against England's \(NumberFormat.withUnit(england, standard.unit))")
            }
            guard !poor.isEmpty else { return nil }
            return Unaddressed(domain: domain.id, figures: poor,
                               message: "\(domain.title): \(figures.joined(separator: "; ")), but the strategy has no item or monitored metric in this domain.")
        }
    }

    /// Why a row's figure cannot be set against England's: a context measure, the council's figure missing (its
    /// special value's meaning) or England's; `nil` when it can.
    static func whyNotCompared(_ row: BenchmarkRow, _ polarity: Polarity) -> String? {
        if polarity == .neutral { return Absent.contextNotCompared }
        if let missing = Absent.describe(value: row.value, symbol: row.symbol) { return "the council's figure: \(missing)" }
        if row.england == nil { return "England's figure: \(Absent.noFigure)" }
        return nil
    }

    /// "better", "worse" or "same" by polarity; `nil` for a neutral measure or a missing figure.
    public static func compare(_ value: Double?, _ england: Double?, _ polarity: Polarity) -> String? {
        guard let value, let england, polarity != .neutral else { return nil }
        if value == england { return "same" }
        return (value > england) == (polarity == .higherIsBetter) ? "better" : "worse"
    }
}
