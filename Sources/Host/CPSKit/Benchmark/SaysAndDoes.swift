import CorporateParenting

/// "Says and does" for one council: the standard measures its strategy commits to beside its published figures,
/// and the domains where its published figures are worse than England's but its strategy sets no priority or
/// measure.
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
    }

    /// A domain with poor figures that the strategy does not address.
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
    /// The measures it commits to monitor that DfE publishes (figures it only reports as context are left out).
    public var commitments: [Committed]
    /// The standard measures it commits to that DfE does not publish by authority (or that the data lacks).
    public var withoutData: [StandardMeasureID]
    /// Domains with poor figures and no priority or measure.
    public var unaddressed: [Unaddressed]

    /// Works out says-and-does for a council from its profile and the benchmark.
    public init(_ profile: PackProfile, benchmark: Benchmark, year: String?) {
        authority = profile.ref
        let framework = benchmark.framework
        let subject = BenchmarkSubject(authority: profile.pack.id, dfeCode: profile.pack.codes.dfe, onsCode: profile.pack.codes.ons,
                                       name: profile.pack.name, region: profile.pack.region)
        let rows = benchmark.rows(measures: benchmark.measuresWithData, subjects: [subject], year: year)
        let byMeasure = Dictionary(rows.map { ($0.measure, $0) }, uniquingKeysWith: { first, _ in first })
        var committed: [Committed] = []
        var withoutData: [StandardMeasureID] = []
        for profiled in profile.measures where profiled.measure.purpose == .monitor {
            guard let id = profiled.measure.standardMeasure, let standard = framework.measure(id) else { continue }
            guard let row = byMeasure[id], row.value != nil || row.symbol != nil else {
                if !withoutData.contains(id) { withoutData.append(id) }
                continue
            }
            committed.append(Committed(measure: id, title: profiled.measure.title, target: profiled.measure.target, year: row.year,
                                       value: row.value, england: row.england,
                                       againstEngland: Self.compare(row.value, row.england, standard.polarity), quartile: row.quartile))
        }
        commitments = committed
        self.withoutData = withoutData
        let addressed = profile.domainsServed.union(profile.measures.flatMap(\.domains))
        unaddressed = framework.domains.compactMap { domain in
            guard !addressed.contains(domain.id) else { return nil }
            let poor: [PoorFigure] = rows.compactMap { row in
                guard let standard = framework.measure(row.measure), standard.domain == domain.id,
                      let value = row.value, let england = row.england,
                      Self.compare(value, england, standard.polarity) == "worse" else { return nil }
                return PoorFigure(measure: row.measure, year: row.year, value: value, england: england)
            }
            guard !poor.isEmpty else { return nil }
            let figures = poor.map { figure in
                let title = framework.measure(figure.measure)?.title.lowercased() ?? figure.measure.rawValue
                let unit = framework.measure(figure.measure)?.unit
                return "\(title) \(NumberFormat.withUnit(figure.value, unit)) against England's \(NumberFormat.withUnit(figure.england, unit))"
            }
            return Unaddressed(domain: domain.id, figures: poor,
                               message: "\(domain.title): \(figures.joined(separator: "; ")), but the strategy sets no priority or measure in this domain.")
        }
    }

    /// "better", "worse" or "same" by polarity; `nil` for a neutral measure or a missing figure.
    static func compare(_ value: Double?, _ england: Double?, _ polarity: Polarity) -> String? {
        guard let value, let england, polarity != .neutral else { return nil }
        if value == england { return "same" }
        return (value > england) == (polarity == .higherIsBetter) ? "better" : "worse"
    }
}
