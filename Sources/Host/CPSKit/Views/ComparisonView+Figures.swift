import CorporateParenting
import CPSEngine

extension ComparisonView {
    /// The councils' published figures, one row per measure: each council's figure and year, and how it stands
    /// against England's by the measure's polarity ("worse than England's 88%"); "no figures for this council"
    /// where the pack has no code, and the special value's meaning where DfE publishes none.
    var figuresTable: Table? {
        guard let figures = comparison.figures, !figures.isEmpty else { return nil }
        return table(figures.map { row in
            let measure = framework?.measure(StandardMeasureID(rawValue: row.key))
            return [row.title] + row.values.map { figure in
                guard let figure else { return Absent.noFiguresForCouncil }
                guard let value = figure.value else { return Absent.describe(value: nil, symbol: figure.symbol) ?? Absent.noFigure }
                let year = figure.year.map { " (\(BenchmarkView.year($0)))" } ?? ""
                let shown = NumberFormat.withUnit(value, measure?.unit) + year
                guard let measure, let england = figure.england else { return shown }
                let englandText = NumberFormat.withUnit(england, measure.unit)
                switch Standing(value, against: england, measure.polarity) {
                case .better?: return "\(shown), better than England's \(englandText)"
                case .worse?: return "\(shown), worse than England's \(englandText)"
                case .same?: return "\(shown), the same as England's"
                case nil: return "\(shown); England \(englandText)"
                }
            }
        })
    }

    /// How alike each pair is, by what they say or by framework tags, as a square table.
    func similarityTable(_ similarity: [FacetRow<Double>]?) -> Table? {
        guard let similarity, similarity.count >= 2 else { return nil }
        return table(similarity.map { row in
            [AuthorityRef.short(row.title)] + row.values.map(SimilarityView.format)
        })
    }
}
