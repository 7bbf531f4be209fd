import CorporateParenting

extension DfETable {
    /// The series a standard measure's binding selects in this file, or `nil` when the file does not hold it (its
    /// columns are other ones). Columns and labels renamed between releases are matched by the binding's aliases:
    /// the current names first, then the older ones together.
    public func series(for binding: DfEBinding) throws(EngineError) -> [DfEObservation]? {
        let valueColumns = [binding.valueColumn] + binding.valueColumnAliases
        guard let valueColumn = valueColumns.first(where: { index[$0] != nil }) else { return nil }
        let current = binding.filters.map(\.column)
        let older = binding.filters.map { $0.columnAliases.first ?? $0.column }
        let columns: [String]
        if current.allSatisfy({ index[$0] != nil }) {
            columns = current
        } else if older.allSatisfy({ index[$0] != nil }) {
            columns = older
        } else {
            return nil
        }
        let filters = zip(columns, binding.filters).map { column, filter in (column: column, values: [filter.value] + filter.valueAliases) }
        let rows = try query(where: filters, value: valueColumn)
        return rows.isEmpty ? nil : rows
    }
}
