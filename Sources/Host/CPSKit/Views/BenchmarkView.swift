import CorporateParenting
import CPSEngine

/// What `cps benchmark` prints: for each measure, each authority beside England, its region and its neighbours.
public struct BenchmarkView: Renderable {
    /// The rows.
    public var rows: [BenchmarkRow]
    /// The framework, for measures' titles and polarity.
    public var framework: OutcomeFramework
    /// Where each measure's figures come from.
    public var sources: [StandardMeasureID: String]
    /// Which neighbour model was used.
    public var neighbourModel: String

    /// Encodes as an array of rows.
    public func encode(to encoder: any Encoder) throws { try rows.encode(to: encoder) }

    /// One table per measure, and the sources.
    public func document() -> Document {
        var blocks = measureBlocks
        if rows.contains(where: { !$0.quality.isEmpty }) { blocks.append(.note(QualityNotes.explanation)) }
        if sources.values.contains(StatisticsSnapshot.source) { blocks.append(.note("Built-in figures: \(StatisticsSnapshot.source)")) }
        blocks.append(.note("Rank 1 is best by the measure's polarity and ties share the better rank; quartile A is the best quarter. Ranks need figures for at least 100 authorities; where fewer have figures, the rank says so. Neighbours: \(neighbourModel); mean and median of those with a figure."))
        return Document(title: "Benchmarks against DfE statistics", blocks: blocks, csvTable: csvTable)
    }

    /// For each measure, a heading, the table of authorities and the measure's source.
    var measureBlocks: [Block] {
        var blocks: [Block] = []
        var order: [StandardMeasureID] = []
        for row in rows where !order.contains(row.measure) { order.append(row.measure) }
        for id in order {
            let measure = framework.measure(id)
            let measureRows = rows.filter { $0.measure == id }
            let unit = measure?.unit
            let better = measure.map { $0.polarity == .higherIsBetter ? "higher is better" : $0.polarity == .lowerIsBetter ? "lower is better" : "context, not ranked" } ?? ""
            blocks.append(.heading("\(measure?.title ?? id.rawValue) (\(better))", level: 1))
            blocks.append(.table(Table(
                columns: ["Authority", "Year", "Value", "England", "Region", "Neighbours mean", "Neighbours median", "Rank", "Quartile", "Trend"],
                rows: measureRows.map { row in
                    [row.name, row.year.map(Self.year) ?? Absent.noFigure,
                     QualityNotes.marked(Self.figure(row.value, row.symbol, unit), row.value != nil && QualityNotes.flagged(row.quality, year: row.year)),
                     Self.figure(row.england, nil, unit),
                     Self.figure(row.region, nil, unit, else: row.regionNote), Self.figure(row.neighboursMean, nil, unit, else: row.neighboursNote),
                     Self.figure(row.neighboursMedian, nil, unit, else: row.neighboursNote),
                     row.rank.map { "\($0) of \(row.of ?? 0)" } ?? row.rankNote ?? Absent.noFigureToRank, row.quartile ?? row.rankNote ?? Absent.noFigureToRank,
                     Self.trend(row)]
                },
                numericColumns: [2, 3, 4, 5, 6],
                rowHeaders: true
            )))
            if let flags = QualityNotes.table(measure?.title ?? id.rawValue, measureRows.flatMap { row in row.quality.map { (row.name, $0) } }) {
                blocks.append(flags)
            }
            blocks.append(.note(Self.sourceNote(measure, id: id, source: sources[id])))
        }
        return blocks
    }

    var csvTable: Table {
        Table(
            columns: ["measure", "authority", "dfeCode", "onsCode", "name", "year", "value", "symbol", "england", "region", "neighboursMean", "neighboursMedian", "rank", "of", "quartile", "trend",
                      "valueStatus", "regionNote", "neighboursNote", "rankNote", "trendNote", "quality"],
            rows: rows.map { row in
                [row.measure.rawValue, row.authority ?? "", row.dfeCode ?? "", row.onsCode ?? "", row.name, row.year ?? "",
                 row.value.map(JSONWriter.format) ?? "", row.symbol ?? "", row.england.map(JSONWriter.format) ?? "",
                 row.region.map(JSONWriter.format) ?? "", row.neighboursMean.map(JSONWriter.format) ?? "",
                 row.neighboursMedian.map(JSONWriter.format) ?? "", row.rank.map(String.init) ?? "", row.of.map(String.init) ?? "",
                 row.quartile ?? "", row.trend.map { "\($0.year)=\($0.value.map(JSONWriter.format) ?? ($0.symbol ?? ""))" }.joined(separator: " "),
                 row.valueStatus, row.regionNote ?? "", row.neighboursNote ?? "", row.rankNote ?? "", row.trendNote ?? "", QualityNotes.cell(row.quality)]
            }
        )
    }

    /// "Source: FILE of DfE's PUBLICATION (built in). DEFINITION": the built-in snapshot's full source and licence
    /// come once, after the tables.
    static func sourceNote(_ measure: StandardMeasure?, id: StandardMeasureID, source: String?) -> String {
        let text: String
        if source == StatisticsSnapshot.source, let binding = measure?.dfe {
            text = "\(binding.file) of DfE's \"\(binding.publication)\" (built in)."
        } else {
            text = (source ?? "no data").sentenceEnded()
        }
        return "Source: \(text) \(measure?.definition ?? "")"
    }

    /// A figure with its unit; a special value's meaning; else `otherwise`, or "no figure in the data".
    static func figure(_ value: Double?, _ symbol: String?, _ unit: MeasureUnit?, else otherwise: String? = nil) -> String {
        if let value { return NumberFormat.withUnit(value, unit == .per10k ? nil : unit) }
        if let symbol { return StatValue.described(symbol) }
        return otherwise ?? Absent.noFigure
    }

    /// The figures over the years, a special value with its year ("2025 suppressed (c)"), and why there is no
    /// change to see when there is one year or none.
    static func trend(_ row: BenchmarkRow) -> String {
        let points = row.trend.map { point in
            point.value.map { QualityNotes.marked(JSONWriter.format($0), QualityNotes.flagged(row.quality, year: point.year)) }
                ?? "\(year(point.year)) \(point.symbol.map(StatValue.described) ?? Absent.noFigure)"
        }
        if points.isEmpty { return row.trendNote ?? Absent.noFigure }
        let text = points.joined(separator: "\u{00A0}→ ")
        return row.trendNote.map { "\(text) (\($0))" } ?? text
    }

    /// "2025", or "2024/25" for an academic year.
    static func year(_ period: String) -> String {
        period.count == 6 ? "\(period.prefix(4))/\(period.suffix(2))" : period
    }
}
