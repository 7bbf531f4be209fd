import CorporateParenting
import CPSEngine

extension ReportView {
    /// For each measure: a bar chart (with England and the neighbours' mean), a trend chart, and the table.
    var benchmarksHTML: String {
        var html = "<p>Each council's latest published figure beside England's and its statistical neighbours' mean, and its figures over the years. The tables give the same figures, with regions, medians, ranks and quartiles.</p>\n"
        let shown = benchmarkRows
        for case .note(let note) in benchmarkNote + qualityNote { html += "<p class=\"note\">\(HTML.escape(note))</p>\n" }
        var order: [StandardMeasureID] = []
        for row in shown where !order.contains(row.measure) { order.append(row.measure) }
        for (index, id) in order.enumerated() {
            guard let measure = framework.measure(id) else { continue }
            let rows = shown.filter { $0.measure == id }
            let better = measure.polarity == .higherIsBetter ? "higher is better" : measure.polarity == .lowerIsBetter ? "lower is better" : "context, not performance"
            html += "<h3 id=\"benchmark-\(HTML.escape(id.rawValue))\">\(HTML.escape(measure.title)) (\(better))</h3>\n"
            let source = "Source: \(HTML.escape((report.sources.first { $0.hasPrefix("Benchmarks: ") }.map { String($0.dropFirst(12)) } ?? "DfE").droppingFinalPeriod()))."
            if rows.count <= ReportLayout.detailedLimit {
                // Bars grow from 0, so a measure with figures below 0 (such as Progress 8) is drawn as a trend only.
                let negative = rows.contains { row in [row.value, row.england, row.neighboursMean].contains { ($0 ?? 0) < 0 } }
                html += "<figure>\n" + (negative ? "" : barChart(measure, rows, index: index).render() + "\n")
                html += trendChart(measure, rows, index: index).render() + "\n"
                html += "<figcaption>\(HTML.escape(measure.definition)) \(source)</figcaption>\n</figure>\n"
            } else {
                html += "<p class=\"note\">\(HTML.escape(measure.definition)) \(source) Charts are drawn for up to \(ReportLayout.detailedLimit) councils; the table gives every council's figures.</p>\n"
            }
            // The figures' table, and the table of figures to check when there is one.
            let tables = BenchmarkView(rows: rows, framework: framework, sources: [:], neighbourModel: "").measureBlocks
                .compactMap { if case .table(let table) = $0 { table } else { nil } }
            for table in tables { html += HTMLRenderer.html(table) + "\n" }
        }
        return html
    }

    func barChart(_ measure: StandardMeasure, _ rows: [BenchmarkRow], index: Int) -> BarChartSVG {
        let unit = measure.unit == .per10k ? nil : measure.unit
        // England's count is a total, not comparable with a council's, so counts are drawn without it.
        let england = measure.unit == .count ? nil : rows.first?.england
        let values = rows.flatMap { [$0.value, $0.neighboursMean].compactMap { $0 } } + [england].compactMap { $0 }
        let maximum = measure.unit == .percent ? 100 : max((values.max() ?? 1) * 1.1, 1)
        let year = rows.first?.year.map(BenchmarkView.year) ?? ""
        return BarChartSVG(
            id: "bars-\(index)",
            title: "\(measure.title), \(year): each council beside England and its neighbours",
            description: "One bar per council, labelled with its figure; " + (england.map { "a dashed line marks England's figure (\(NumberFormat.withUnit($0, unit))) and " } ?? "") + "a diamond marks each council's statistical neighbours' mean. " + rows.map { row in "\(row.name): \(row.value.map { NumberFormat.withUnit($0, unit) } ?? Absent.describe(value: nil, symbol: row.symbol) ?? Absent.noFigure)" }.joined(separator: "; ") + ".",
            bars: rows.map { row in
                BarChartSVG.Bar(
                    label: AuthorityRef.short(row.name), value: row.value,
                    valueLabel: row.value.map { NumberFormat.withUnit($0, unit) } ?? Absent.describe(value: nil, symbol: row.symbol) ?? Absent.noFigure,
                    neighbours: row.neighboursMean,
                    tooltip: "\(row.name): \(row.value.map { NumberFormat.withUnit($0, unit) } ?? Absent.describe(value: nil, symbol: row.symbol) ?? Absent.noFigure); neighbours' mean \(row.neighboursMean.map { NumberFormat.withUnit($0, unit) } ?? row.neighboursNote ?? Absent.noFigure)"
                )
            },
            england: england, englandLabel: "England " + (england.map { NumberFormat.withUnit($0, unit) } ?? ""), maximum: maximum
        )
    }

    func trendChart(_ measure: StandardMeasure, _ rows: [BenchmarkRow], index: Int) -> TrendChartSVG {
        let years = Array(Set(rows.flatMap { $0.trend.map(\.year) })).sorted()
        let observations = report.benchmarks.isEmpty ? [] : rows
        return TrendChartSVG(
            id: "trend-\(index)",
            title: "\(measure.title) over the years",
            description: "One line per council across \(years.first.map(BenchmarkView.year) ?? "")–\(years.last.map(BenchmarkView.year) ?? ""), each with its own marker and its name at the end of the line. " + observations.map { row in
                "\(row.name): " + row.trend.map { "\(BenchmarkView.year($0.year)) \($0.value.map(JSONWriter.format) ?? Absent.describe(value: nil, symbol: $0.symbol) ?? Absent.noFigure)" }.joined(separator: ", ")
            }.joined(separator: "; ") + ".",
            years: years,
            series: rows.map { TrendChartSVG.Series(label: AuthorityRef.short($0.name), points: $0.trend.map { ($0.year, $0.value) }) },
            england: nil
        )
    }
}
