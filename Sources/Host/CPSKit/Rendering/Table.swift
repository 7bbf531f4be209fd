import CPSEngine
/// A table of text cells with named columns.
public struct Table: Sendable {
    /// A caption saying what the table shows.
    public var caption: String?
    /// The column headings.
    public var columns: [String]
    /// The rows, each with one cell per column.
    public var rows: [[String]]
    /// Columns whose cells are numbers, aligned right in text.
    public var numericColumns: Set<Int>
    /// Whether the first cell of each row heads that row.
    public var rowHeaders: Bool
    /// What each column holds, by position, when the view says; a column without a kind here has one inferred
    /// (see ``kind(of:)``).
    public var kinds: [ColumnKind]?

    /// Creates a table; rows shorter than the header are padded with empty cells. `kinds` says, column by column,
    /// which hold prose and which hold tokens (ids, codes, dates, numbers); without it each is inferred.
    public init(caption: String? = nil, columns: [String], rows: [[String]], numericColumns: Set<Int> = [], rowHeaders: Bool = false,
                kinds: [ColumnKind]? = nil) {
        self.caption = caption
        self.columns = columns
        self.rows = rows.map { $0.count < columns.count ? $0 + Array(repeating: "", count: columns.count - $0.count) : $0 }
        self.numericColumns = numericColumns
        self.rowHeaders = rowHeaders
        self.kinds = kinds
    }
}
