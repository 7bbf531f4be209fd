/// Where a standard measure's series sits in DfE's Explore Education Statistics tidy CSV.
///
/// A series is the rows whose filter columns hold the given values, read from the value column. Columns and
/// labels are renamed between releases, so each carries the older names it has been published under.
public struct DfEBinding: Codable, Equatable, Sendable {
    /// The publication, such as "Children looked after in England including adoptions".
    public var publication: String
    /// The data file's name in the release.
    public var file: String
    /// The filter columns and the values that select the series.
    public var filters: [DfEFilter]
    /// The column holding the figure.
    public var valueColumn: String
    /// Older names of the value column.
    public var valueColumnAliases: [String]
    /// What a reader should know about the binding (for example, which release its labels were checked against).
    public var note: String?

    /// Creates a binding.
    public init(publication: String, file: String, filters: [DfEFilter], valueColumn: String, valueColumnAliases: [String] = [], note: String? = nil) {
        self.publication = publication
        self.file = file
        self.filters = filters
        self.valueColumn = valueColumn
        self.valueColumnAliases = valueColumnAliases
        self.note = note
    }
}
