import CorporateParenting
import CPSEngine

/// What `cps region` prints: the region's authorities with their strategies and neighbours, then for each measure
/// every authority's figure, its rank within the region and nationally, beside the region's and England's figures.
public struct RegionView: Renderable {
    /// The region.
    public var region: RegionBenchmark
    /// The framework, for measures' titles, units and polarity.
    public var framework: OutcomeFramework

    /// Creates the view.
    public init(region: RegionBenchmark, framework: OutcomeFramework) {
        self.region = region
        self.framework = framework
    }

    /// Encodes as the region (see docs/json-output.md).
    public func encode(to encoder: any Encoder) throws { try region.encode(to: encoder) }

    /// The authorities, then one table per measure.
    public func document() -> Document {
        var blocks: [Block] = [.paragraph(summary)]
        blocks += self.blocks
        return Document(title: "\(region.region): every authority on DfE's figures", blocks: blocks, csvTable: csvTable)
    }

    /// "23 authorities of North West in the statistics; 2 have a strategy loaded, judged current on 2026-12-01."
    var summary: String {
        let count = region.authorities.count
        let loaded = region.authorities.filter { !$0.strategies.isEmpty }.count
        let loadedText = loaded == 0 ? "no strategy of the region is loaded" : "\(loaded) \(loaded == 1 ? "has a strategy" : "have strategies") loaded, judged current on \(region.asOf)"
        return "\(count) \(count == 1 ? "authority" : "authorities") of \(region.region) in the statistics; \(loadedText)."
    }

    /// Everything but the title and summary, for the report's regional section.
    var blocks: [Block] {
        var blocks: [Block] = [.heading("Authorities", level: 1), .table(authorityTable)]
        if !region.leftOut.isEmpty {
            blocks.append(.note("Left out: " + region.leftOut.map { "\($0.name)\($0.dfeCode.map { " (\($0))" } ?? "")" }.joined(separator: ", ") + ", with only \"not applicable\" (z) entries in the year: an authority that no longer exists, or does not exist yet."))
        }
        for measure in region.measures { blocks += measureBlocks(measure) }
        if region.measures.isEmpty { blocks.append(.paragraph("The statistics hold no figures for the region's authorities.")) }
        if region.measures.contains(where: { $0.rows.contains { !$0.benchmark.quality.isEmpty } }) { blocks.append(.note(QualityNotes.explanation)) }
        if region.sources.values.contains(StatisticsSnapshot.source) { blocks.append(.note("Built-in figures: \(StatisticsSnapshot.source)")) }
        blocks.append(.note("Ranks: 1 is best by the measure's polarity and ties share the better rank, within the region among its authorities with a figure and in England among all authorities; quartile A is England's best quarter. Ranks need figures for at least 100 authorities in England; where fewer have figures, the rank says so. Neighbours: \(region.neighbourModel); mean and median of those with a figure."))
        return blocks
    }

    var authorityTable: Table {
        Table(columns: ["Authority", "DfE code", "Strategy", "Statistical neighbours"], rows: region.authorities.map { member in
            [member.name, member.dfeCode ?? Absent.notStated, strategyText(member),
             member.neighbours.isEmpty ? member.neighboursNote ?? Absent.noNeighbours : member.neighbours.joined(separator: "; ")]
        }, rowHeaders: true)
    }

    func strategyText(_ member: RegionBenchmark.Member) -> String {
        member.strategies.isEmpty ? member.strategyNote ?? Absent.noStrategyLoaded
            : member.strategies.map { $0.sentence(asOf: region.asOf) }.joined(separator: "; ")
    }

    func measureBlocks(_ table: RegionBenchmark.Measure) -> [Block] {
        let measure = framework.measure(table.measure)
        let unit = measure?.unit
        let better = measure.map { $0.polarity == .higherIsBetter ? "higher is better" : $0.polarity == .lowerIsBetter ? "lower is better" : "context, not ranked" } ?? ""
        let year = table.year.map(BenchmarkView.year) ?? Absent.noFigure
        return [
            .heading("\(measure?.title ?? table.measure.rawValue) (\(better))", level: 1),
            .paragraph("\(year). \(region.region): \(BenchmarkView.figure(table.region, nil, unit, else: table.regionNote)). England: \(BenchmarkView.figure(table.england, nil, unit))."),
            .table(Table(
                columns: ["Authority", "Value", "Rank in region", "Rank in England", "Quartile", "Neighbours mean", "Neighbours median", "Trend"],
                rows: table.rows.map { row in
                    let figures = row.benchmark
                    return [figures.name,
                            QualityNotes.marked(BenchmarkView.figure(figures.value, figures.symbol, unit), figures.value != nil && QualityNotes.flagged(figures.quality, year: figures.year)),
                            row.regionRank.map { "\($0) of \(row.regionOf ?? 0)" } ?? row.regionRankNote ?? Absent.noFigureToRank,
                            figures.rank.map { "\($0) of \(figures.of ?? 0)" } ?? figures.rankNote ?? Absent.noFigureToRank,
                            figures.quartile ?? figures.rankNote ?? Absent.noFigureToRank,
                            BenchmarkView.figure(figures.neighboursMean, nil, unit, else: figures.neighboursNote),
                            BenchmarkView.figure(figures.neighboursMedian, nil, unit, else: figures.neighboursNote),
                            BenchmarkView.trend(figures)]
                },
                numericColumns: [1, 5, 6], rowHeaders: true
            )),
        ] + [QualityNotes.table(measure?.title ?? table.measure.rawValue, table.rows.flatMap { row in row.benchmark.quality.map { (row.benchmark.name, $0) } })].compactMap { $0 } + [
            .note(BenchmarkView.sourceNote(measure, id: table.measure, source: region.sources[table.measure.rawValue])),
        ]
    }

    /// One row per measure and authority.
    var csvTable: Table {
        let number = { (value: Double?) in value.map(JSONWriter.format) ?? "" }
        return Table(
            columns: ["regionName", "measure", "authority", "dfeCode", "onsCode", "name", "year", "value", "symbol", "england", "region",
                      "neighboursMean", "neighboursMedian", "regionRank", "regionOf", "rank", "of", "quartile", "trend", "strategy",
                      "valueStatus", "regionNote", "neighboursNote", "regionRankNote", "rankNote", "trendNote", "strategyNote", "quality"],
            rows: region.measures.flatMap { table in
                zip(table.rows, region.authorities).map { row, member in
                    let figures = row.benchmark
                    return [region.region, table.measure.rawValue, figures.authority ?? "", figures.dfeCode ?? "", figures.onsCode ?? "", figures.name,
                            figures.year ?? "", number(figures.value), figures.symbol ?? "", number(table.england), number(table.region),
                            number(figures.neighboursMean), number(figures.neighboursMedian), row.regionRank.map(String.init) ?? "",
                            row.regionOf.map(String.init) ?? "", figures.rank.map(String.init) ?? "", figures.of.map(String.init) ?? "",
                            figures.quartile ?? "",
                            figures.trend.map { "\($0.year)=\($0.value.map(JSONWriter.format) ?? ($0.symbol ?? ""))" }.joined(separator: " "),
                            member.strategies.map { "\($0.id) (\($0.period)): \($0.current)" }.joined(separator: "; "),
                            figures.valueStatus, table.regionNote ?? "", figures.neighboursNote ?? "", row.regionRankNote ?? "",
                            figures.rankNote ?? "", figures.trendNote ?? "", member.strategyNote ?? "", QualityNotes.cell(figures.quality)]
                }
            }
        )
    }
}
