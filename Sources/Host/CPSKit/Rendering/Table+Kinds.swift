import CPSEngine
extension Table {
    /// What a column holds: the kind the view gave in ``kinds``; else a token column when it is numeric or none
    /// of its cells has a space, and prose otherwise.
    public func kind(of column: Int) -> ColumnKind {
        if let kinds, column < kinds.count { return kinds[column] }
        if numericColumns.contains(column) { return .token }
        return rows.contains { column < $0.count && $0[column].utf8.contains(UInt8(ascii: " ")) } ? .prose : .token
    }
}
