import CPSEngine
/// One thing wrong with a spreadsheet being imported: where (the row as a spreadsheet numbers it, the header being
/// row 1, and the column) and why.
public struct SpreadsheetProblem: Equatable, Sendable {
    /// The row as the spreadsheet shows it (the header is row 1), or `nil` for the file as a whole.
    public var row: Int?
    /// The column's header, if the problem is in one cell.
    public var column: String?
    /// What is wrong, as a sentence without its final full stop.
    public var reason: String

    /// A problem at a row and column.
    public init(row: Int?, column: String? = nil, reason: String) {
        self.row = row
        self.column = column
        self.reason = reason
    }

    /// "row 7, column parent", "row 7", or `nil` for the whole file.
    public var place: String? {
        guard let row else { return column.map { "column \($0)" } }
        return "row \(row)" + (column.map { ", column \($0)" } ?? "")
    }
}
