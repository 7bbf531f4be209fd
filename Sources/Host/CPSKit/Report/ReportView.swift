import CorporateParenting
import CPSEngine

/// What `cps report` writes: one self-contained HTML page (or the same content as text, Markdown, CSV or JSON).
public struct ReportView: Renderable, HTMLRenderable {
    /// The report.
    public var report: Report
    /// The framework, for measures' titles and units.
    public var framework: OutcomeFramework = .standard

    /// The view of a report.
    public init(report: Report, framework: OutcomeFramework = .standard) {
        self.report = report
        self.framework = framework
    }

    /// Encodes as the report.
    public func encode(to encoder: any Encoder) throws { try report.encode(to: encoder) }

    var title: String {
        "Corporate parenting strategies compared" + (report.region.map { ": \($0)" } ?? "")
    }

    /// How much of each strategy the report shows, from how many there are.
    var layout: ReportLayout { ReportLayout.forCount(report.authorities.count) }

    /// The sections in order, as headings and the blocks of each part. The HTML page draws its summary and
    /// benchmarks sections itself, so `html` leaves those sections' blocks out.
    func sections(html: Bool = false) -> [(id: String, title: String, blocks: [Block])] {
        sectionMakers(html: html).map { ($0.id, $0.title, $0.blocks()) }
    }

    /// The sections in order, each with the work that makes its blocks, so a page can make them in parallel: the
    /// summary first, then outcomes (figures, says-and-does), then structure (the strategies, coverage, the
    /// comparison, similarity), then detail (gaps in full, sources).
    func sectionMakers(html: Bool = false) -> [(id: String, title: String, blocks: () -> [Block])] {
        let compact = layout == .compact
        var sections: [(String, String, () -> [Block])] = [("summary", "Summary", { html ? [] : summaryBlocks })]
        if !report.benchmarks.isEmpty {
            sections.append(("benchmarks", "Benchmarks against DfE statistics", {
                if html { return [] }
                let view = BenchmarkView(rows: benchmarkRows, framework: framework, sources: [:], neighbourModel: "")
                return view.measureBlocks.filter { if case .note = $0 { false } else { true } } + benchmarkNote + qualityNote
            }))
            sections.append(("says-and-does", "What strategies say and what councils do", {
                compact ? saysAndDoesSummary : SaysAndDoesView(councils: report.saysAndDoes, framework: framework).document().blocks
            }))
        }
        if let regional = report.regional {
            sections.append(("region", "The region: \(regional.region)", { regionBlocks(regional) }))
        }
        sections.append(("strategies", "The strategies", { strategiesBlocks }))
        if compact {
            sections += [
                ("coverage-principles", "Coverage by principle", { compactCoverage(report.coverageByPrinciple) }),
                ("coverage-domains", "Coverage by domain", { compactCoverage(report.coverageByDomain) }),
                ("coverage-measures", "Coverage by standard measure", { measureSummary }),
            ]
            if report.comparison != nil { sections.append(("key-facts", "Key facts", { keyFacts })) }
            sections.append(("similarity", "Similarity: each strategy's nearest", { nearestTable }))
            sections.append(("gaps", "Gaps against the framework", { gapsSummary }))
        } else {
            sections += [
                ("coverage-principles", "Coverage by principle", { CoverageView(matrix: report.coverageByPrinciple).document().blocks }),
                ("coverage-domains", "Coverage by domain", { CoverageView(matrix: report.coverageByDomain).document().blocks }),
                ("coverage-measures", "Coverage by standard measure", { CoverageView(matrix: report.coverageByMeasure).document().blocks }),
            ]
            if let comparison = report.comparison {
                sections.append(("side-by-side", "Side by side", { ComparisonView(comparison: comparison).document().blocks }))
            }
            sections.append(("similarity", "Similarity", { SimilarityView(matrix: report.similarity, text: report.textSimilarity, method: .both).document().blocks }))
            sections.append(("gaps", "Gaps against the framework", {
                report.gaps.flatMap { gaps in [.heading(gaps.authority.label, level: 2)] + gaps.document().blocks }
            }))
        }
        sections.append(("sources", "Sources", { [.list(report.sources)] }))
        return sections
    }

    /// The list of strategies, or with `--region` and none loaded, one sentence saying so.
    var strategiesBlocks: [Block] {
        if report.authorities.isEmpty, let region = report.regional?.region ?? report.region {
            return [.paragraph("No strategy of \(region) is loaded; the region's section gives every authority of it in the statistics.")]
        }
        return AuthorityListView(summaries: report.authorities).document().blocks
    }

    /// The region whole: every authority of it in the statistics, its strategy's status, its figures and ranks.
    func regionBlocks(_ regional: RegionBenchmark) -> [Block] {
        let view = RegionView(region: regional, framework: framework)
        return [.paragraph(view.summary)] + view.blocks
    }

    /// The report as one document (for text, Markdown and CSV).
    public func document() -> Document {
        var blocks: [Block] = [.paragraph(summary)]
        for section in sections() {
            blocks.append(.heading(section.title, level: 1))
            blocks += section.blocks.map(\.demoted)
        }
        return Document(title: title, blocks: blocks)
    }

    /// The benchmark rows shown: in the compact layout, only those with a figure or a DfE symbol.
    var benchmarkRows: [BenchmarkRow] {
        layout == .compact ? report.benchmarks.filter { $0.value != nil || $0.symbol != nil } : report.benchmarks
    }

    /// What the compact layout leaves out of the benchmarks.
    var benchmarkNote: [Block] {
        let left = report.benchmarks.count - benchmarkRows.count
        return left == 0 ? [] : [.note("\(left) rows for councils with no DfE figure for a measure are left out; `cps benchmark` lists them.")]
    }

    /// What the mark on a flagged figure means, when a benchmark figure is flagged.
    var qualityNote: [Block] {
        benchmarkRows.contains { !$0.quality.isEmpty } ? [.note(QualityNotes.explanation)] : []
    }

    var summary: String {
        let compact = layout == .compact
            ? " Over \(ReportLayout.detailedLimit) strategies the report is compact, a row per strategy; `cps compare`, `cps gaps` and `cps similarity <id>` give any one in full."
            : ""
        return "\(report.authorities.count) strategies, judged on \(report.asOf). Counts come from each council's pack; see Sources.\(compact)"
    }
}

extension Block {
    /// The block one heading level down, so a part nests under its section.
    var demoted: Block {
        if case .heading(let text, let level) = self { return .heading(text, level: level + 1) }
        return self
    }
}

extension AuthorityListView {
    init(summaries: [AuthoritySummary]) {
        self.authorities = summaries
    }
}
