import CorporateParenting

extension Comparison {
    /// Compares profiles in the order given, judging currency on `asOf`.
    public init(_ profiles: [PackProfile], asOf: PartialDate, framework: OutcomeFramework) {
        let comparator = Comparator(framework: framework)
        self = comparator.compare(profiles.map(comparator.column), asOf: asOf)
    }

    /// Adds the councils' published figures from `benchmark` (each measure's latest year with figures, or `year`)
    /// and the strategies' pairwise similarity.
    public mutating func addFigures(_ profiles: [PackProfile], benchmark: Benchmark, year: String?) {
        let subjects = profiles.map(BenchmarkSubject.init)
        let coded = subjects.filter { $0.dfeCode != nil || $0.onsCode != nil }
        let rows = benchmark.rows(measures: benchmark.measuresWithData, subjects: coded, year: year)
        let byMeasure = Dictionary(grouping: rows, by: \.measure)
        figures = benchmark.measuresWithData.map { measure in
            let measureRows = byMeasure[measure.id] ?? []
            return FacetRow(key: measure.id.rawValue, title: measure.title, values: profiles.map { profile in
                measureRows.first { $0.authority == profile.pack.id }
            })
        }
    }

    /// Adds the strategies' pairwise similarity by what they say and by framework tags.
    public mutating func addSimilarity(_ profiles: [PackProfile]) {
        let matrix = SimilarityMatrix(profiles), text = TextSimilarity.matrix(profiles)
        similarity = matrix.authorities.indices.map { row in
            FacetRow(key: matrix.authorities[row].id, title: matrix.authorities[row].label,
                     values: matrix.authorities.indices.map { matrix.score(row, $0) })
        }
        textSimilarity = text.authorities.indices.map { row in
            FacetRow(key: text.authorities[row].id, title: text.authorities[row].label,
                     values: text.authorities.indices.map { (text.score(row, $0) * 1000).rounded() / 1000 })
        }
    }
}
