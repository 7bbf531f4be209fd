import CorporateParenting

/// Gathers the kinds behind one cell as contributions arrive, then makes the cell.
struct CoverageCellBuilder {
    private var counts = Array(repeating: 0, count: CoverageKind.allCases.count)
    private var stated = Array(repeating: false, count: CoverageKind.allCases.count)

    /// Records one entry of `kind` serving the cell on `basis`.
    mutating func add(_ kind: CoverageKind, basis: MappingBasis) {
        counts[kind.position] += 1
        if basis == .stated { stated[kind.position] = true }
    }

    /// The cell.
    var cell: CoverageCell {
        let kinds = CoverageKind.allCases.enumerated().compactMap { position, kind in
            counts[position] == 0 ? nil : CoverageKindEntry(kind: kind, basis: stated[position] ? .stated : .judged, count: counts[position])
        }
        return kinds.isEmpty ? .empty : CoverageCell(kinds: kinds)
    }
}
