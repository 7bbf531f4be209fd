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
            // The full citation is given once, in Sources; each figure names the publisher.
            let source = "Source: DfE statistics; see Sources for the publications and licence."
            if rows.count <= ReportLayout.detailedLimit {
                // Bars grow from 0, so a measure with figures below 0 (such as Progress 8) is drawn as a trend only.
                let negative = rows.contains { row in [row.value, row.england, row.neighboursMean].contains { ($0 ?? 0) < 0 } }
                html += "<figure>\n<div class=\"charts\">\n" + (negative ? "" : barChart(measure, rows, index: index).render() + "\n")
                html += trendChart(measure, rows, index: index).render() + "\n</div>\n"
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
        let unit = measure.unit
        // England's count is a total, not comparable with a council's, so counts are drawn without it.
        let england = measure.unit == .count ? nil : rows.first?.england
        let values = rows.flatMap { [$0.value, $0.neighboursMean].compactMap { $0 } } + [england].compactMap { $0 }
        let year = rows.first?.year.map(BenchmarkView.year) ?? ""
        func figure(_ row: BenchmarkRow) -> String {
            row.value.map { NumberFormat.withUnit($0, unit) } ?? Absent.describe(value: nil, symbol: row.symbol) ?? Absent.noFigure
        }
        let scale = Self.barScale(values, unit: unit)
        let start = scale.minimum > 0 ? " The axis starts at \(NumberFormat.withUnit(scale.minimum, unit)), not 0, so the spread between councils shows." : ""
        return BarChartSVG(
            id: "bars-\(index)",
            title: "\(measure.title), \(year): each council beside England and its neighbours",
            description: "One bar per council, labelled with its figure; " + (england.map { "a dashed line marks England's figure (\(NumberFormat.withUnit($0, unit))) and " } ?? "") + "a diamond marks each council's statistical neighbours' mean.\(start) " + rows.map { "\($0.name): \(figure($0))" }.joined(separator: "; ") + ".",
            bars: rows.map { row in
                BarChartSVG.Bar(
                    label: AuthorityRef.short(row.name), value: row.value, valueLabel: figure(row), neighbours: row.neighboursMean,
                    tooltip: "\(row.name): \(figure(row)); neighbours' mean \(row.neighboursMean.map { NumberFormat.withUnit($0, unit) } ?? row.neighboursNote ?? Absent.noFigure)"
                )
            },
            england: england, englandLabel: "England " + (england.map { NumberFormat.withUnit($0, unit) } ?? ""),
            scale: scale, unit: unit
        )
    }

    /// A bar chart's axis: from 0 when the figures reach down near it, else from a nice value below the lowest, so
    /// that 7-12% is not drawn as slivers on a 0-100 scale; a percentage never past 100.
    static func barScale(_ values: [Double], unit: MeasureUnit?) -> ChartScale {
        let low = values.min() ?? 0, high = values.max() ?? 1
        let bounds = ChartScale.bounds(percent: unit == .percent, low: low)
        // Bars read from 0 when the lowest figure is within half the highest of it.
        let fromZero = low <= 0 || low < high * 0.5
        return ChartScale.fitting(low: low, high: high, ticks: 5, bounds: bounds, includeZero: fromZero)
    }

    func trendChart(_ measure: StandardMeasure, _ rows: [BenchmarkRow], index: Int) -> TrendChartSVG {
        let englandPoints = englandTrend(measure.id)
        let years = Array(Set(rows.flatMap { $0.trend.map(\.year) })).sorted()
        let englandInYears = englandPoints.filter { years.contains($0.year) && $0.value != nil }
        let england = measure.unit == .count || englandInYears.isEmpty ? nil : TrendChartSVG.Series(label: "England", points: englandInYears)
        let observations = report.benchmarks.isEmpty ? [] : rows
        return TrendChartSVG(
            id: "trend-\(index)",
            title: "\(measure.title) over the years",
            description: "One line per council across \(years.first.map(BenchmarkView.year) ?? "")–\(years.last.map(BenchmarkView.year) ?? ""), each with its own marker and its name at the end of the line" + (england == nil ? "." : "; England dashed.") + " Axis: \(ChartAxis.title(measure.unit).lowercased()). " + observations.map { row in
                "\(row.name): " + row.trend.map { "\(BenchmarkView.year($0.year)) \($0.value.map(JSONWriter.format) ?? Absent.describe(value: nil, symbol: $0.symbol) ?? Absent.noFigure)" }.joined(separator: ", ")
            }.joined(separator: "; ") + (england.map { "; England: " + $0.points.map { "\(BenchmarkView.year($0.year)) \($0.value.map(JSONWriter.format) ?? "")" }.joined(separator: ", ") } ?? "") + ".",
            years: years,
            series: rows.map { TrendChartSVG.Series(label: AuthorityRef.short($0.name), points: $0.trend.map { ($0.year, $0.value) }) },
            england: england,
            unit: measure.unit
        )
    }

    /// England's figure for each year of a measure, from the report's England trends.
    func englandTrend(_ measure: StandardMeasureID) -> [(year: String, value: Double?)] {
        (report.englandTrends.first { $0.measure == measure }?.points ?? []).map { ($0.year, $0.value) }
    }
}
