import CorporateParenting

/// What `cps report` writes: one self-contained HTML page (or the same content as text, Markdown, CSV or JSON).
public struct ReportView: Renderable, HTMLRenderable {
    /// The report.
    public var report: Report
    /// The framework, for measures' titles and units.
    public var framework: OutcomeFramework = .standard

    /// Encodes as the report.
    public func encode(to encoder: any Encoder) throws { try report.encode(to: encoder) }

    var title: String {
        "Corporate parenting strategies compared" + (report.region.map { ": \($0)" } ?? "")
    }

    /// The sections in order, as headings and the blocks of each part.
    var sections: [(id: String, title: String, blocks: [Block])] {
        var sections: [(String, String, [Block])] = [
            ("strategies", "The strategies", AuthorityListView(summaries: report.authorities).document().blocks),
            ("coverage-principles", "Coverage by principle", CoverageView(matrix: report.coverageByPrinciple).document().blocks),
            ("coverage-domains", "Coverage by domain", CoverageView(matrix: report.coverageByDomain).document().blocks),
            ("coverage-measures", "Coverage by standard measure", CoverageView(matrix: report.coverageByMeasure).document().blocks),
        ]
        if let comparison = report.comparison {
            sections.append(("side-by-side", "Side by side", ComparisonView(comparison: comparison).document().blocks))
        }
        sections.append(("gaps", "Gaps against the framework", report.gaps.flatMap { gaps in
            [.heading(gaps.authority.name, level: 2)] + gaps.document().blocks
        }))
        sections.append(("similarity", "Similarity", SimilarityView(matrix: report.similarity, focus: nil).document().blocks))
        if !report.benchmarks.isEmpty {
            let view = BenchmarkView(rows: report.benchmarks, framework: framework, sources: [:], neighbourModel: "")
            sections.append(("benchmarks", "Benchmarks against DfE statistics", view.document().blocks.filter { if case .note = $0 { false } else { true } }))
            sections.append(("says-and-does", "What strategies say and what councils do", SaysAndDoesView(councils: report.saysAndDoes, framework: framework).document().blocks))
        }
        sections.append(("sources", "Sources", [.list(report.sources)]))
        return sections
    }

    /// The report as one document (for text, Markdown and CSV).
    public func document() -> Document {
        var blocks: [Block] = [.paragraph(summary)]
        for section in sections {
            blocks.append(.heading(section.title, level: 1))
            blocks += section.blocks.map(\.demoted)
        }
        return Document(title: title, blocks: blocks)
    }

    var summary: String {
        "\(report.authorities.count) strategies, judged on \(report.asOf). Counts come from each council's pack; see Sources."
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
