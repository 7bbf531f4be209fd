/// One filter of a DfE series: a column and the value it must hold.
public struct DfEFilter: Codable, Equatable, Sendable {
    /// The filter column, such as `cla_group`.
    public var column: String
    /// The value that selects the series, such as `CLA on 31 March`.
    public var value: String
    /// Older names of the column in earlier releases.
    public var columnAliases: [String]
    /// Older labels of the same value in earlier releases.
    public var valueAliases: [String]

    /// Creates a filter.
    public init(column: String, value: String, columnAliases: [String] = [], valueAliases: [String] = []) {
        self.column = column
        self.columnAliases = columnAliases
        self.value = value
        self.valueAliases = valueAliases
    }
}
