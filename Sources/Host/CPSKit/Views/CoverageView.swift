import CorporateParenting
import CPSEngine

/// What `cps coverage` shows: the coverage matrix, rows by principle, domain or standard measure, each cell the
/// kinds of entry behind it (never how many) and its level.
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
        let table = Table(
            columns: [rowHeading] + matrix.authorities.map(\.shortName),
            rows: matrix.rows.map { row in [rowLabel(row)] + row.cells.map(\.letters) },
            rowHeaders: true,
            // Each cell is a few letters kept on one line; a council's name may wrap.
            kinds: [.prose] + matrix.authorities.map { _ in .token }
        )
        return Document(title: "Coverage by \(matrix.dimension.rawValue)", blocks: [.table(table), .note(legend)], csvTable: longTable)
    }

    /// What a cell's letters mean, and what they do not.
    var legend: String {
        if matrix.dimension == .measure {
            return "Each cell: M the strategy monitors a metric bound to the standard measure, M+ one with a target or baseline; empty where it monitors none. Figures quoted only as context do not count. How many metrics there are is in the JSON and does not change a cell."
        }
        return "Each cell: the kinds of entry that cover the \(matrix.dimension.rawValue), never how many. " + CoverageKind.legend
            + " * marks a kind the encoder judged to serve it where the document states no such mapping. The cell's level is its strongest kind: named (T, S, L, B), monitored (M), committed (P, A), assigned (A+) or measured (M+). Empty where nothing covers it; figures quoted only as context never count. `cps coverage --explain` lists the entries behind a row."
    }

    func rowLabel(_ row: CoverageRow) -> String {
        matrix.dimension == .principle ? "\(row.key). \(row.title)" : row.title
    }

    var longTable: Table {
        Table(
            columns: [matrix.dimension.rawValue, "title", "authority", "level", "stated level", "kinds", "judged only"],
            rows: matrix.rows.flatMap { row in
                zip(matrix.authorities, row.cells).map { authority, cell in
                    [row.key, row.title, authority.id, cell.level.rawValue, cell.statedLevel.rawValue,
                     cell.kinds.map(\.kind.rawValue).joined(separator: " "),
                     cell.kinds.filter { $0.basis == .judged }.map(\.kind.rawValue).joined(separator: " ")]
                }
            }
        )
    }
}
