import CorporateParenting
import CPSEngine

/// What `cps stats query` prints: the rows of a DfE series, each with its filter columns.
public struct StatsQueryView: Renderable {
    /// The rows.
    public var rows: [DfEQueryRow]
    /// The filter columns shown, in the files' order.
    public var filterColumns: [String]

    /// Creates the view.
    public init(rows: [DfEQueryRow], filterColumns: [String]) {
        self.rows = rows
        self.filterColumns = filterColumns
    }

    /// Encodes as an array of rows.
    public func encode(to encoder: any Encoder) throws { try rows.encode(to: encoder) }

    /// A table of the rows; a special value reads as its meaning with its symbol, such as "suppressed (c)".
    public func document() -> Document {
        Document(blocks: [.table(Table(
            columns: ["timePeriod", "geographicLevel", "dfeCode", "onsCode", "name", "regionName"] + filterColumns + ["value", "symbol"],
            rows: rows.map { row in
                let area = row.observation
                return [area.timePeriod, area.geographicLevel.rawValue, area.dfeCode ?? "", area.onsCode ?? "", area.name, area.regionName ?? ""]
                    + filterColumns.map { row.filters[$0] ?? "" } + [row.shownValue, area.symbol ?? ""]
            },
            numericColumns: [6 + filterColumns.count]
        ))])
    }
}
