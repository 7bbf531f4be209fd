import CPSEngine
/// Prints a document's CSV table as RFC 4180 CSV, neutralising cells a spreadsheet would run as formulas.
///
/// The CSV table is the one the document names, else its only table; a document of several tables is printed in
/// long form, one row per cell: `table,row,column,value`.
public struct CSVRenderer: OutputRenderer {
    /// Creates the renderer.
    public init() {}

    /// The table as CSV; only a header when the document has no table.
    public func render<View: Renderable>(_ view: View) throws -> String {
        let table = Self.table(of: view.document())
        return CSV.write([table.columns] + table.rows)
    }

    static func table(of document: Document) -> Table {
        if let table = document.csvTable { return table }
        let tables = document.tables
        if tables.count == 1 { return tables[0] }
        var rows: [[String]] = []
        for (index, table) in tables.enumerated() {
            let name = table.caption ?? "table \(index + 1)"
            for row in table.rows {
                for (column, cell) in zip(table.columns.dropFirst(), row.dropFirst()) {
                    rows.append([name, row.first ?? "", column, cell])
                }
            }
        }
        return Table(columns: ["table", "row", "column", "value"], rows: rows)
    }
}
