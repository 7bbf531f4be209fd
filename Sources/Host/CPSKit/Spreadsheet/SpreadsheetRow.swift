import CorporateParenting
import CPSEngine

/// One row of a spreadsheet being imported, read and checked on its own: its kind, its place in the pack (the ids
/// of its parent and section as given) and its JSON object, without the rows beneath it.
struct SpreadsheetRow {
    /// The row as the spreadsheet shows it (the header is row 1).
    var number: Int
    /// What the row is.
    var kind: SpreadsheetKind
    /// The row's own id, if it has one.
    var id: String?
    /// The `parent` cell, if not empty.
    var parent: String?
    /// The `section` cell, if not empty.
    var section: String?
    /// The row's fields as JSON.
    var object: JSONObject
    /// The column each key of ``object`` came from, where it did not come from the `fields` cell.
    var columns: [String: SpreadsheetColumn] = [:]

    /// The column that gave `key`: its own column, or `fields`.
    func column(of key: String) -> SpreadsheetColumn {
        columns[key] ?? .fields
    }
}
