/// One `--where` condition of `cps stats query`: a column and a value its cells must hold, compared ignoring case
/// unless `exact` is set. Conditions on the same column are alternatives.
public struct DfEQueryFilter: Equatable, Sendable {
    /// The column's name, matched exactly or else ignoring case.
    public var column: String
    /// The value wanted.
    public var value: String
    /// Whether the value must match exactly, case included.
    public var exact: Bool

    /// Creates a condition.
    public init(column: String, value: String, exact: Bool = false) {
        self.column = column
        self.value = value
        self.exact = exact
    }

    /// Reads `COLUMN=VALUE` (ignoring case) or `COLUMN==VALUE` (exact); `nil` when there is no `=` or no column.
    public init?(parsing text: String) {
        guard let equals = text.firstIndex(of: "="), equals != text.startIndex else { return nil }
        let rest = text.index(after: equals)
        exact = rest < text.endIndex && text[rest] == "="
        column = String(text[..<equals])
        value = String(text[(exact ? text.index(after: rest) : rest)...])
    }

    /// Whether a cell holds the value.
    public func accepts(_ cell: String) -> Bool {
        exact ? cell == value : cell.lowercased() == value.lowercased()
    }
}
