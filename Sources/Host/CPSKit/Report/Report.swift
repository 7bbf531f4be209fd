import CorporateParenting
import CPSEngine

/// Everything `cps report` shows: a summary per council, the strategies, their coverage, the comparison, each
/// one's gaps, their similarity, their figures, and where each figure comes from.
public struct Report: Encodable, Sendable {
    /// The date periods and reviews are judged on.
    public var asOf: PartialDate
    /// The region the report is limited to, if any.
    public var region: String?
    /// The strategies.
    public var authorities: [AuthoritySummary]
    /// Per council, what a performance officer reads first: currency, figures worse than England and neighbours,
    /// the most serious gaps.
    public var summaries: [CouncilSummary] = []
    /// Coverage by principle.
    public var coverageByPrinciple: CoverageMatrix
    /// Coverage by domain.
    public var coverageByDomain: CoverageMatrix
    /// Coverage by standard measure.
    public var coverageByMeasure: CoverageMatrix
    /// The strategies side by side, when there are at least two.
    public var comparison: Comparison?
    /// Each strategy's gaps.
    public var gaps: [GapsView]
    /// Pairwise similarity by framework tags.
    public var similarity: SimilarityMatrix
    /// Pairwise similarity by what the strategies say (see ``TextSimilarity``).
    public var textSimilarity: TextSimilarity
    /// Each authority's DfE figures on each standard measure with data.
    public var benchmarks: [BenchmarkRow]
    /// England's figures over the years on each of those measures.
    public var englandTrends: [EnglandTrend] = []
    /// Each council's figures worse than England's or its neighbours', with what in its strategy addresses each.
    public var saysAndDoes: [SaysAndDoes]
    /// Where each figure comes from.
    public var sources: [String]
    /// With `--region`, the region whole: every authority of it in the statistics, loaded or not.
    public var regional: RegionBenchmark? = nil

    /// Works out the report for the chosen authorities.
    public init(_ authorities: [LoadedAuthority], asOf: PartialDate, region: String?, framework: OutcomeFramework, benchmark: Benchmark, year: String? = nil, regional: RegionBenchmark? = nil) {
        // Work done per authority is spread over the cores; the rest is quick.
        let index = FrameworkIndex(framework)
        let labels = AuthorityRef.labels(for: authorities.map(\.pack))
        let profiles = Parallel.map(Array(zip(authorities, labels))) { PackProfile($0.0.pack, index: index, label: $0.1) }
        self.asOf = asOf
        self.region = region
        self.regional = regional
        self.authorities = authorities.map(AuthoritySummary.init)
        let (coverage, comparison) = Parallel.both(
            { CoverageMatrix.matrices(profiles, framework: framework) },
            { profiles.count >= 2 ? Comparison(profiles, asOf: asOf, framework: framework) : nil }
        )
        (coverageByPrinciple, coverageByDomain, coverageByMeasure) = (coverage[0], coverage[1], coverage[2])
        self.comparison = comparison
        gaps = Parallel.map(profiles) { profile in
            GapsView(authority: profile.ref, asOf: asOf, gaps: GapRuleRegistry.gaps(in: GapContext(profile: profile, asOf: asOf, framework: framework)))
        }
        similarity = SimilarityMatrix(profiles)
        textSimilarity = TextSimilarity.matrix(profiles)
        let subjects = profiles.filter { $0.pack.codes.dfe != nil || $0.pack.codes.ons != nil }
        let measures = benchmark.measuresWithData
        benchmarks = benchmark.rows(measures: measures, subjects: subjects.map(BenchmarkSubject.init), year: year)
        let rowsByAuthority = Dictionary(grouping: benchmarks, by: { $0.authority ?? "" })
        englandTrends = measures.map { EnglandTrend($0.id, store: benchmark.store) }
        summaries = zip(profiles, gaps).map { profile, gaps in
            CouncilSummary(profile.pack, label: profile.label, rows: rowsByAuthority[profile.pack.id] ?? [], gaps: gaps.gaps, asOf: asOf, framework: framework)
        }
        // Every council, with codes or not: one without figures is said to have none, never left out.
        saysAndDoes = Parallel.map(profiles) { SaysAndDoes($0, rows: rowsByAuthority[$0.pack.id] ?? [], index: index, year: year) }
        sources = Self.sources(authorities, asOf: asOf)
        let statistics = Array(Set(measures.compactMap { benchmark.store.sources[$0.id] })).sorted()
        sources.insert(contentsOf: statistics.map { "Benchmarks: \($0.sentenceEnded())" } + ["Statistical neighbours: \(benchmark.neighbours.model)."], at: 4)
    }

    static func sources(_ authorities: [LoadedAuthority], asOf: PartialDate) -> [String] {
        var sources = [
            "Principles: the corporate parenting principles of the Children and Social Work Act 2017, section 1(1)(a)-(g), numbered 1-7 in the Act's order.",
            "Coverage: for each principle or domain, the items each council's pack maps to it (its priorities, outcomes, themes or pledges, and the objectives or key actions under them, whether the document states the mapping or the encoder judged it), the actions under them, and the metrics the strategy monitors behind it (a metric evidences its standard measure's domain, else the domain it names, else its item's). Figures a document quotes only as context never count. For standard measures, the council's monitored metrics bound to each.",
            "Side by side and gaps: the facts each pack records, judged on \(asOf); \"not stated\" and \"none\" mark what a document does not say, and a governance fact the document gives only as planned, proposed or unresolved is shown so, never as in place. Where a pack captures only part of its document, gaps say \"not captured\". Gap rules are listed by `cps gaps --rules`.",
            "Similarity: " + SimilarityView.method,
        ]
        for authority in authorities {
            let document = authority.pack.document
            let status = document.status.map { ", marked \"\($0)\"" } ?? ""
            let capture = document.capture == .whole ? "" : " (the pack captures \(document.capture == .none ? "none" : "part") of the document)"
            sources.append("\(authority.pack.name): \"\(document.title)\" (\(document.period.display))\(status), as encoded in \(authority.origin)\(capture); `cps show \(authority.pack.id)` gives the section of the document every item comes from.")
        }
        sources.append("Made by cps \(CPS.version); the same packs and date always give the same report.")
        return sources
    }
}
