import CorporateParenting

/// Gathers the kinds behind each cell of one column (one strategy) as contributions arrive, then makes the cells.
/// Counts are kept in one flat list and bases as bit sets, so a column costs two allocations however many rows.
struct CoverageColumnBuilder {
    static let kindCount = CoverageKind.allCases.count
    static let kinds = CoverageKind.allCases
    private var counts: [Int32]
    private var stated: [UInt16]

    init(rows: Int) {
        counts = Array(repeating: 0, count: rows * Self.kindCount)
        stated = Array(repeating: 0, count: rows)
    }

    /// Records one entry of `kind` serving the cell of `row` on `basis`.
    mutating func add(_ kind: CoverageKind, row: Int, basis: MappingBasis) {
        let position = kind.position
        counts[row * Self.kindCount + position] += 1
        if basis == .stated { stated[row] |= 1 << UInt16(position) }
    }

    /// The cell of `row`.
    func cell(_ row: Int) -> CoverageCell {
        var kinds: [CoverageKindEntry] = []
        var level = CoverageLevel.notCovered, statedLevel = CoverageLevel.notCovered
        for (position, kind) in Self.kinds.enumerated() {
            let count = Int(counts[row * Self.kindCount + position])
            guard count > 0 else { continue }
            let isStated = stated[row] & (1 << UInt16(position)) != 0
            kinds.append(CoverageKindEntry(kind: kind, basis: isStated ? .stated : .judged, count: count))
            level = max(level, kind.level)
            if isStated { statedLevel = max(statedLevel, kind.level) }
        }
        return kinds.isEmpty ? .empty : CoverageCell(level: level, statedLevel: statedLevel, kinds: kinds)
    }

    /// Every cell, row by row.
    var cells: [CoverageCell] { stated.indices.map(cell) }
}
