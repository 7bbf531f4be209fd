/// Prints a document's CSV table (its first, unless it names one) as RFC 4180 CSV, neutralising cells a
/// spreadsheet would run as formulas.
public struct CSVRenderer: OutputRenderer {
    /// Creates the renderer.
    public init() {}

    /// The table as CSV; an empty string when the document has no table.
    public func render<View: Renderable>(_ view: View) throws -> String {
        let document = view.document()
        guard let table = document.csvTable ?? document.tables.first else { return "" }
        return CSV.write([table.columns] + table.rows)
    }
}
