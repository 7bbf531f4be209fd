import CorporateParenting
import CPSEngine

/// What `cps says-does` prints: for each council, each published figure worse than England's or its neighbours'
/// mean with what in its strategy addresses it (or the plain statement that nothing does), the standard measures
/// its strategy monitors beside their figures, and a note when the strategy ended before the figures.
public struct SaysAndDoesView: Renderable {
    /// One entry per council.
    public var councils: [SaysAndDoes]
    /// The framework, for measures' titles and units.
    public var framework: OutcomeFramework

    /// Encodes as an array, one entry per council.
    public func encode(to encoder: any Encoder) throws { try councils.encode(to: encoder) }

    /// A section per council.
    public func document() -> Document {
        Document(title: "What strategies say and what councils do", blocks: councils.flatMap(blocks), csvTable: csvTable)
    }

    /// One council's section.
    func blocks(_ council: SaysAndDoes) -> [Block] {
        var blocks: [Block] = [.heading(council.authority.label, level: 1)]
        if let reason = council.noFigures {
            blocks.append(.paragraph(Self.noFigures(reason)))
            return blocks
        }
        if let ended = Self.endedNote(council) { blocks.append(.paragraph(ended)) }
        blocks.append(.heading("Figures worse than England's or the neighbours' mean", level: 2))
        blocks.append(.paragraph(Self.summary(council)))
        if !council.figures.isEmpty {
            blocks.append(.table(figuresTable(council)))
            blocks.append(.note(Self.method))
        }
        blocks.append(.heading("The standard measures the strategy monitors", level: 2))
        blocks.append(contentsOf: commitmentBlocks(council))
        if let flags = QualityNotes.table("\(council.authority.label)'s figures", flagged(council), heading: "Measure") {
            blocks.append(flags)
            blocks.append(.note(QualityNotes.explanation))
        }
        return blocks
    }

    /// A row per figure worse than England's or the neighbours' mean.
    func figuresTable(_ council: SaysAndDoes) -> Table {
        Table(
            columns: ["Measure", "Year", "Figure", "England", "Neighbours' mean", "Against", "Direction of travel",
                      Self.duringHeading(council), "Addressed by"],
            rows: council.figures.map { figure in
                let unit = framework.measure(figure.measure)?.unit
                return [framework.measure(figure.measure)?.title ?? figure.measure.rawValue, BenchmarkView.year(figure.year),
                        QualityNotes.marked(NumberFormat.withUnit(figure.value, unit), !figure.quality.isEmpty),
                        figure.england.map { NumberFormat.withUnit($0, unit) } ?? Absent.noFigure,
                        figure.neighboursMean.map { NumberFormat.withUnit($0, unit) } ?? figure.neighboursNote ?? Absent.noFigure,
                        Self.against(figure), Self.direction(figure, unit: unit), Self.during(figure, council: council, unit: unit),
                        Self.addressed(figure.addressedBy)]
            },
            rowHeaders: true,
            kinds: [.prose, .token, .token, .token, .token, .prose, .prose, .prose, .prose]
        )
    }

    /// The measures the strategy monitors beside the published figures, and those DfE does not publish.
    func commitmentBlocks(_ council: SaysAndDoes) -> [Block] {
        var blocks: [Block] = []
        if council.commitments.isEmpty {
            blocks.append(.paragraph("The strategy monitors none of the standard measures DfE publishes (figures it quotes as context do not count)."))
        } else {
            blocks.append(.table(Table(
                columns: ["The strategy's metric", "Standard measure", "Target", "Year", "Published", "England", "Against England", "Quartile"],
                rows: council.commitments.map { item in
                    let unit = framework.measure(item.measure)?.unit
                    return [item.title, item.measure.rawValue, item.target?.short ?? Absent.notStated, item.year.map(BenchmarkView.year) ?? Absent.noFigure,
                            item.value.map { QualityNotes.marked(NumberFormat.withUnit($0, unit), !item.quality.isEmpty) }
                                ?? Absent.describe(value: nil, symbol: item.symbol) ?? Absent.noFigure,
                            item.england.map { NumberFormat.withUnit($0, unit) } ?? Absent.noFigure,
                            item.againstEngland?.rawValue ?? item.againstEnglandNote ?? "", item.quartile ?? item.quartileNote ?? Absent.noFigureToRank]
                }
            )))
        }
        if !council.withoutData.isEmpty {
            blocks.append(.note("Monitored, without DfE figures: " + council.withoutData.map(\.rawValue).joined(separator: ", ") + "."))
        }
        return blocks
    }

    /// The council's flagged figures, monitored or worse, each measure once, named by the measure's title.
    func flagged(_ council: SaysAndDoes) -> [(name: String, flag: QualityFlag)] {
        var seen: Set<StandardMeasureID> = [], entries: [(name: String, flag: QualityFlag)] = []
        let figures = council.commitments.map { ($0.measure, $0.quality) } + council.figures.map { ($0.measure, $0.quality) }
        for (measure, flags) in figures where !flags.isEmpty && seen.insert(measure).inserted {
            entries += flags.map { (framework.measure(measure)?.title ?? measure.rawValue, $0) }
        }
        return entries
    }
}
