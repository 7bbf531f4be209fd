import CorporateParenting
import CPSEngine

extension ReportView {
    /// The report as one self-contained page: contents, heatmaps as inline SVG beside their tables, no scripts.
    public func html() -> String {
        var body = "<header>\n<h1>\(HTML.escape(title))</h1>\n<p class=\"lede\">\(HTML.escape(summary))</p>\n</header>\n"
        body += "<nav aria-label=\"Contents\"><h2 class=\"contents\">Contents</h2><ol>\n"
        let sections = sectionMakers(html: true)
        for section in sections { body += "<li><a href=\"#\(section.id)\">\(HTML.escape(section.title))</a></li>\n" }
        body += "</ol></nav>\n"
        // Each section is made and rendered on its own, spread over the cores; the page joins them in order.
        for part in Parallel.map(sections, { sectionHTML(id: $0.id, title: $0.title, blocks: $0.blocks) }) { body += part }
        return HTMLPage(title: title, body: body, extraStyle: Self.style).render()
    }

    /// One section of the page: its heading, its figure and its blocks.
    func sectionHTML(id: String, title: String, blocks: () -> [Block]) -> String {
        var html = "<section id=\"\(id)\" aria-labelledby=\"\(id)-heading\">\n<h2 id=\"\(id)-heading\">\(HTML.escape(title))</h2>\n"
        if id == "benchmarks" {
            html += benchmarksHTML
        } else if id == "summary" {
            html += summaryHTML
        } else {
            if let figure = figure(for: id) { html += figure + "\n" }
            html += HTMLRenderer.html(blocks().filter { !$0.isTitleRepeat(of: title) }.map(\.demoted), idPrefix: id)
        }
        return html + "</section>\n"
    }

    func figure(for section: String) -> String? {
        if layout == .compact {
            switch section {
            case "coverage-principles": return coveringFigure(report.coverageByPrinciple, id: "bars-principles", rowLabel: { "\($0.key). \($0.title)" })
            case "coverage-domains": return coveringFigure(report.coverageByDomain, id: "bars-domains", rowLabel: { $0.title })
            default: return nil
            }
        }
        switch section {
        case "coverage-principles": return coverageFigure(report.coverageByPrinciple, id: "heatmap-principles", rowLabel: { "\($0.key). \($0.title)" })
        case "coverage-domains": return coverageFigure(report.coverageByDomain, id: "heatmap-domains", rowLabel: { $0.title })
        case "similarity": return similarityFigure
        default: return nil
        }
    }

    /// For the compact layout: how many strategies cover each principle or domain, as bars.
    func coveringFigure(_ matrix: CoverageMatrix, id: String, rowLabel: (CoverageRow) -> String) -> String {
        let count = matrix.authorities.count
        let covering = Self.covering(matrix)
        let dimension = matrix.dimension.rawValue
        let bars = zip(matrix.rows, covering).map { row, covered in
            BarChartSVG.Bar(label: rowLabel(row), value: Double(covered), valueLabel: "\(covered) of \(count)", neighbours: nil,
                            tooltip: "\(rowLabel(row)): \(covered) of \(count) strategies have an entry covering it")
        }
        let chart = BarChartSVG(
            id: id,
            title: "Strategies covering each \(dimension)",
            description: "One bar per \(dimension), its length the number of the \(count) strategies with an entry covering it: " +
                zip(matrix.rows, covering).map { "\(rowLabel($0)) \($1)" }.joined(separator: "; ") + ". The table below gives each strategy's figures.",
            bars: bars, england: nil, englandLabel: "",
            scale: ChartScale(minimum: 0, maximum: Double(max(count, 1)), step: ChartScale.niceStep(Double(max(count, 1)) / 5)),
            unit: nil, axisTitle: "Strategies", legend: false
        )
        return "<figure>\n\(chart.render())\n<figcaption>\(HTML.escape("Strategies with an entry covering each \(dimension), of \(count). Source: each council's pack (see Sources)."))</figcaption>\n</figure>"
    }

    /// A coverage matrix as a heatmap shaded by each cell's level, never by how many entries stand behind it.
    func coverageFigure(_ matrix: CoverageMatrix, id: String, rowLabel: (CoverageRow) -> String) -> String {
        let cells = matrix.rows.map { row in
            zip(matrix.authorities, row.cells).map { authority, cell in
                HeatmapSVG.Cell(
                    weight: Double(cell.level.rank),
                    label: cell.isEmpty ? "" : cell.level.words + (cell.isJudgedOnly ? "*" : ""),
                    tooltip: "\(authority.label), \(rowLabel(row)): \(cell.level.sentence)" + (cell.isEmpty ? "" : " (\(cell.kindsInWords))")
                )
            }
        }
        let dimension = matrix.dimension.rawValue
        let heatmap = HeatmapSVG(
            id: id,
            title: "Coverage by \(dimension): \(dimension)s by authority",
            description: "A grid with one row per \(dimension) and one column per authority. Each cell prints and is shaded by its level, the strongest kind of entry covering the \(dimension): named (items, bodies or local principles only), monitored (a monitored metric with no target or baseline), committed (an action or a pledge), assigned (an action with an owner or timescale) or measured (a monitored metric with a target or baseline); * marks a cell covered only by the encoder's judgements, and a dash a \(dimension) nothing covers. How many entries there are never changes a cell. The table below lists the kinds behind each cell.",
            rowLabels: matrix.rows.map(rowLabel),
            columnLabels: matrix.authorities.map(\.shortName),
            cells: cells,
            bands: CoverageLevel.allCases.map { HeatmapSVG.Band(above: Double($0.rank) - 1, upTo: Double($0.rank), label: $0.words) }
        )
        return figureHTML(heatmap, caption: "Shade: the strongest kind of entry covering each \(dimension), never how many. Named: only items, bodies or local principles; monitored: a monitored metric without target or baseline; committed: an action or pledge; assigned: an action with an owner or timescale; measured: a monitored metric with a target or baseline; * judged by the encoder only. Source: each council's pack (see Sources).")
    }

    /// The two similarities as heatmaps: by text first, then by framework tags.
    var similarityFigure: String {
        let text = report.textSimilarity
        return similarityHeatmap(text.scores, text.authorities, id: "heatmap-similarity-text", title: "Similarity of strategies by what they say",
                                 caption: "Similarity by text: " + SimilarityView.textMethod + " Source: each council's pack.")
            + "\n" + similarityHeatmap(report.similarity.scores, report.similarity.authorities, id: "heatmap-similarity", title: "Similarity of strategies by framework tags",
                                       caption: SimilarityView.tagMethod + " Source: each council's pack.")
    }

    /// One similarity matrix as a heatmap whose shades are the legend's bands, the diagonal hatched.
    func similarityHeatmap(_ scores: [[Double]], _ authorities: [AuthorityRef], id: String, title: String, caption: String) -> String {
        let cells = scores.enumerated().map { row, scores in
            scores.enumerated().map { column, score in
                HeatmapSVG.Cell(
                    // Shaded by the score as printed, so the band is the one the legend gives for the printed figure.
                    weight: row == column ? nil : (score * 1000).rounded() / 1000,
                    label: row == column ? "" : SimilarityView.format(score),
                    tooltip: "\(authorities[row].label) and \(authorities[column].label): \(row == column ? "the same strategy" : SimilarityView.format(score))"
                )
            }
        }
        let heatmap = HeatmapSVG(
            id: id,
            title: title,
            description: "A grid with one row and one column per authority; each cell prints the similarity of the two strategies from 0 (nothing in common) to 1 (identical), shaded darker the more alike they are. The diagonal, each strategy with itself, is hatched. The table below gives the same figures.",
            rowLabels: authorities.map(\.shortName),
            columnLabels: authorities.map(\.shortName),
            cells: cells,
            bands: HeatmapSVG.Band.even(maximum: 1, whole: false, resolution: 0.001, unit: { SimilarityView.format($0) }),
            notCompared: "a strategy with itself"
        )
        return figureHTML(heatmap, caption: caption)
    }

    func figureHTML(_ heatmap: HeatmapSVG, caption: String) -> String {
        "<figure>\n\(heatmap.render())\n<figcaption>\(HTML.escape(caption))</figcaption>\n</figure>"
    }

    /// The report's own style: cards for the summary; figures that scale to the screen (a chart never wider
    /// than the page, a table scrolling in its own box); on paper A4 with margins, sections running on without a
    /// page each, and no figure, card or table row split across pages.
    static let style = """
    header .lede { color: var(--muted); }
    nav ol { columns: 3; padding-left: 1.6rem; margin: .3rem 0; font-size: .92rem; }
    h2.contents { border: none; font-size: 1.1rem; margin-top: 1rem; }
    main { overflow-wrap: anywhere; }
    th, td { overflow-wrap: normal; }
    figure { margin: 1rem 0 1.5rem; max-width: 100%; }
    figcaption { color: var(--muted); font-size: .9rem; }
    svg.chart, svg.heatmap { display: block; width: 100%; height: auto; }
    svg.chart { max-width: 44rem; }
    .charts { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(100%, 26rem), 1fr)); gap: .5rem 1.5rem; align-items: start; }
    svg.heatmap { max-width: 56rem; }
    .table-wrap { max-width: 100%; }
    .cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(16.5rem, 1fr)); gap: .8rem; margin: .6rem 0 1rem; }
    .card { border: 1px solid var(--rule); border-top: 4px solid var(--accent); padding: .4rem .7rem .6rem; font-size: .84rem; line-height: 1.3; }
    .card h3 { margin: .1rem 0 .4rem; font-size: 1.05rem; }
    .card dl { grid-template-columns: 1fr; gap: 0; }
    .card dt { color: var(--muted); font-size: .8rem; margin-top: .35rem; }
    .card dd.attention { color: #942514; font-weight: 600; }
    @media (max-width: 40rem) { main { padding: .8rem; } nav ol { columns: 1; } h1 { font-size: 1.5rem; } }
    @page { size: A4; margin: 14mm 12mm; }
    @media print {
      nav { display: none; }
      body { font-size: 9.5pt; }
      h2 { break-after: avoid; margin-top: 1.2rem; }
      h3, h4 { break-after: avoid; }
      table { break-inside: auto; font-size: 8.5pt; }
      figure { break-inside: auto; }
      tr, .card, svg, figcaption { break-inside: avoid; }
      .charts { grid-template-columns: 1fr 1fr; gap: 0 .4cm; }
      .cards { grid-template-columns: repeat(2, 1fr); }
      svg.heatmap { max-width: 100%; }
    }

    """
}

extension Block {
    /// Whether the block is a heading that repeats its section's title.
    func isTitleRepeat(of title: String) -> Bool {
        if case .heading(let text, _) = self { return text == title }
        return false
    }
}
