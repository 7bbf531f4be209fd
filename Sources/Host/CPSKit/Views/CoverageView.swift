import CorporateParenting
import CPSEngine

/// What `cps coverage` shows: the coverage matrix, rows by principle, domain or standard measure.
public struct CoverageView: Renderable {
    /// The matrix.
    public var matrix: CoverageMatrix

    /// Encodes as the matrix.
    public func encode(to encoder: any Encoder) throws { try matrix.encode(to: encoder) }

    var rowHeading: String {
        switch matrix.dimension {
        case .principle: "Principle"
        case .domain: "Domain"
        case .measure: "Standard measure"
        }
    }

    /// The matrix as a table; CSV gets one row per row and authority.
    public func document() -> Document {
        let isMeasure = matrix.dimension == .measure
        let table = Table(
            columns: [rowHeading] + matrix.authorities.map(\.shortName),
            rows: matrix.rows.map { row in
                [rowLabel(row)] + row.cells.map { isMeasure ? measureCell($0) : $0.compact }
            },
            rowHeaders: true,
            // Each cell is a figure or two ("6 · 5 · 2"), kept on one line; a council's name may wrap.
            kinds: [.prose] + matrix.authorities.map { _ in .token }
        )
        let legend = isMeasure
            ? "Each cell: how many of the metrics the council's strategy monitors are bound to the standard measure, and how many of them have a target; empty where the strategy does not monitor it. Figures quoted only as context do not count."
            : "Each cell: items (priorities, outcomes, themes, pledges, and the objectives or key actions under them) · actions under them · metrics the strategy monitors; empty where the strategy does not cover it. Figures quoted only as context do not count."
        return Document(title: "Coverage by \(matrix.dimension.rawValue)", blocks: [.table(table), .note(legend)], csvTable: longTable)
    }

    func rowLabel(_ row: CoverageRow) -> String {
        matrix.dimension == .principle ? "\(row.key). \(row.title)" : row.title
    }

    func measureCell(_ cell: CoverageCell) -> String {
        guard cell.measures > 0 else { return "" }
        return cell.targets > 0 ? "\(cell.measures) (\(cell.targets) with target)" : String(cell.measures)
    }

    var longTable: Table {
        Table(
            columns: [matrix.dimension.rawValue, "title", "authority", "priorities", "objectives", "commitments", "measures", "targets"],
            rows: matrix.rows.flatMap { row in
                zip(matrix.authorities, row.cells).map { authority, cell in
                    [row.key, row.title, authority.id, String(cell.priorities), String(cell.objectives), String(cell.commitments), String(cell.measures), String(cell.targets)]
                }
            }
        )
    }
}
