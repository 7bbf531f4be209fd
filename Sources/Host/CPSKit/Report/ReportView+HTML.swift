import CorporateParenting

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
            bars: bars, england: nil, englandLabel: "", maximum: Double(max(count, 1)), legend: false
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
                    tooltip: "\(authority.name), \(rowLabel(row)): \(cell.level.sentence)" + (cell.isEmpty ? "" : " (\(cell.kindsInWords))"),
                    shade: cell.level.rank
                )
            }
        }
        let dimension = matrix.dimension.rawValue
        let heatmap = HeatmapSVG(
            id: id,
            title: "Coverage by \(dimension): \(dimension)s by authority",
            description: "A grid with one row per \(dimension) and one column per authority. Each cell prints and is shaded by its level, the strongest kind of entry covering the \(dimension): named (items, bodies or local principles only), committed (an action, a pledge or a monitored metric), assigned (an action with an owner or timescale) or measured (a monitored metric with a target or baseline); * marks a cell covered only by the encoder's judgements, and a dash a \(dimension) nothing covers. How many entries there are never changes a cell. The table below lists the kinds behind each cell.",
            rowLabels: matrix.rows.map(rowLabel),
            columnLabels: matrix.authorities.map(\.shortName),
            cells: cells,
            legend: CoverageLevel.allCases.map(\.words)
        )
        return figureHTML(heatmap, caption: "Shade: the strongest kind of entry covering each \(dimension), never how many. Named: only items, bodies or local principles; committed: an action, pledge or monitored metric; assigned: an action with an owner or timescale; measured: a monitored metric with a target or baseline; * judged by the encoder only. Source: each council's pack (see Sources).")
    }

    var similarityFigure: String {
        let matrix = report.similarity
        let cells = matrix.scores.enumerated().map { row, scores in
            scores.enumerated().map { column, score in
                HeatmapSVG.Cell(
                    weight: row == column ? 0 : score,
                    label: SimilarityView.format(score),
                    tooltip: "\(matrix.authorities[row].name) and \(matrix.authorities[column].name): \(SimilarityView.format(score))"
                )
            }
        }
        let heatmap = HeatmapSVG(
            id: "heatmap-similarity",
            title: "Similarity of strategies, pair by pair",
            description: "A grid with one row and one column per authority; each cell prints the similarity of the two strategies from 0 (nothing in common) to 1 (identical), shaded darker the more alike they are. The diagonal compares each strategy with itself. The table below gives the same figures.",
            rowLabels: matrix.authorities.map(\.shortName),
            columnLabels: matrix.authorities.map(\.shortName),
            cells: cells,
            legend: Self.legend(maximum: 1, unit: { SimilarityView.format($0) })
        )
        return figureHTML(heatmap, caption: "Similarity from domains, principles and standard measures. Source: each council's pack; method in Sources.")
    }

    func figureHTML(_ heatmap: HeatmapSVG, caption: String) -> String {
        "<figure>\n\(heatmap.render())\n<figcaption>\(HTML.escape(caption))</figcaption>\n</figure>"
    }

    /// "none", then the upper bound of each of the five shades.
    static func legend(maximum: Double, unit: (Double) -> String) -> [String] {
        ["none"] + (1...5).map { "up to " + unit(maximum * Double($0) / 5) }
    }

    static let style = """
    header .lede { color: var(--muted); }
    nav ol { columns: 2; padding-left: 1.2rem; }
    h2.contents { border: none; font-size: 1.1rem; margin-top: 1rem; }
    figure { margin: 1rem 0 1.5rem; overflow-x: auto; }
    figcaption { color: var(--muted); font-size: .9rem; }
    svg.heatmap { max-width: 100%; height: auto; }
    @media print { nav { display: none; } section { break-before: page; } section:first-of-type { break-before: auto; } }

    """
}

extension Block {
    /// Whether the block is a heading that repeats its section's title.
    func isTitleRepeat(of title: String) -> Bool {
        if case .heading(let text, _) = self { return text == title }
        return false
    }
}
