import CPSEngine
/// Where each row of an imported spreadsheet goes: the rows beneath each row, in the order they come, and the
/// pack-level rows. Indices are into ``SpreadsheetReader``'s rows.
struct SpreadsheetTree {
    /// The rows beneath each row.
    var children: [Int: [Int]] = [:]
    /// The sections at the top of the document.
    var topSections: [Int] = []
    /// The `pack` row.
    var pack: Int?
    /// The `document` row.
    var document: Int?
    /// The `inconsistency` rows.
    var inconsistencies: [Int] = []
    /// The `actionPlan` rows.
    var plans: [Int] = []
}
