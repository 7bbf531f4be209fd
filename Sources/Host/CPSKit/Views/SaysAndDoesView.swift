import CorporateParenting
import CPSEngine

/// What `cps says-does` prints: for each council, what its strategy commits to beside its published figures, and
/// where its figures are poor but its strategy is silent.
public struct SaysAndDoesView: Renderable {
    /// One entry per council.
    public var councils: [SaysAndDoes]
    /// The framework, for measures' units.
    public var framework: OutcomeFramework

    /// Encodes as an array, one entry per council.
    public func encode(to encoder: any Encoder) throws { try councils.encode(to: encoder) }

    /// A section per council.
    public func document() -> Document {
        var blocks: [Block] = []
        for council in councils {
            blocks.append(.heading(council.authority.label, level: 1))
            if council.commitments.isEmpty {
                blocks.append(.paragraph("The strategy monitors none of the standard measures DfE publishes (figures it quotes as context do not count)."))
            } else {
                blocks.append(.table(Table(
                    columns: ["The strategy's metric", "Standard measure", "Target", "Year", "Published", "England", "Against England", "Quartile"],
                    rows: council.commitments.map { item in
                        let unit = framework.measure(item.measure)?.unit
                        return [item.title, item.measure.rawValue, item.target?.short ?? Absent.none, item.year.map(BenchmarkView.year) ?? Absent.noFigure,
                                item.value.map { QualityNotes.marked(NumberFormat.withUnit($0, unit), !item.quality.isEmpty) }
                                    ?? Absent.describe(value: nil, symbol: item.symbol) ?? Absent.noFigure,
                                item.england.map { NumberFormat.withUnit($0, unit) } ?? Absent.noFigure,
                                item.againstEngland ?? item.againstEnglandNote ?? "", item.quartile ?? item.quartileNote ?? Absent.noFigureToRank]
                    }
                )))
            }
            if !council.withoutData.isEmpty {
                blocks.append(.note("Committed to, without DfE figures: " + council.withoutData.map(\.rawValue).joined(separator: ", ") + "."))
            }
            blocks.append(.heading("Poor figures the strategy does not address", level: 2))
            blocks.append(council.unaddressed.isEmpty
                ? .paragraph("None: every domain with a figure worse than England's has an item or a monitored metric.")
                : .list(council.unaddressed.map(\.message)))
            if let flags = QualityNotes.table("\(council.authority.label)'s figures", flagged(council), heading: "Measure") {
                blocks.append(flags)
                blocks.append(.note(QualityNotes.explanation))
            }
        }
        return Document(title: "What strategies say and what councils do", blocks: blocks, csvTable: csvTable)
    }

    /// The council's flagged figures, committed to or not, each measure once, named by the measure's title.
    func flagged(_ council: SaysAndDoes) -> [(name: String, flag: QualityFlag)] {
        var seen: Set<StandardMeasureID> = [], entries: [(name: String, flag: QualityFlag)] = []
        let figures = council.commitments.map { ($0.measure, $0.quality) } + council.unaddressed.flatMap(\.figures).map { ($0.measure, $0.quality) }
        for (measure, flags) in figures where !flags.isEmpty && seen.insert(measure).inserted {
            entries += flags.map { (framework.measure(measure)?.title ?? measure.rawValue, $0) }
        }
        return entries
    }

    var csvTable: Table {
        Table(
            columns: ["authority", "kind", "measure", "title", "target", "year", "value", "england", "againstEngland", "quartile", "domain",
                      "symbol", "valueStatus", "quartileNote", "againstEnglandNote", "quality"],
            rows: councils.flatMap { council in
                council.commitments.map { item in
                    [council.authority.id, "commits", item.measure.rawValue, item.title, item.target?.wording ?? "", item.year ?? "",
                     item.value.map(JSONWriter.format) ?? "", item.england.map(JSONWriter.format) ?? "", item.againstEngland ?? "", item.quartile ?? "",
                     framework.measure(item.measure)?.domain.rawValue ?? "", item.symbol ?? "", item.valueStatus, item.quartileNote ?? "",
                     item.againstEnglandNote ?? "", QualityNotes.cell(item.quality)]
                } + council.unaddressed.flatMap { gap in
                    gap.figures.map { figure in
                        [council.authority.id, "unaddressed", figure.measure.rawValue, "", "", figure.year ?? "", JSONWriter.format(figure.value),
                         JSONWriter.format(figure.england), "worse", "", gap.domain.rawValue, "", "published", "", "", QualityNotes.cell(figure.quality)]
                    }
                }
            }
        )
    }
}
