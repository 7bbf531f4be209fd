extension SpreadsheetReader {
    /// The row and column a place in the imported pack's JSON comes from (a validation finding's path, such as
    /// `sections[0].content[2].action.mappings[0].domains[0]`): the row whose object holds it, and the column that
    /// gave its first key (its own column, or `fields`). `nil` when no row holds it.
    public func place(of path: String) -> (row: Int, column: String)? {
        var best: (path: String, row: Int, columns: [String: SpreadsheetColumn])?
        for entry in rowPaths where entry.path.isEmpty || path == entry.path || path.hasPrefix(entry.path + ".") {
            if entry.path.count >= (best?.path.count ?? -1) { best = entry }
        }
        guard let best else { return nil }
        let rest = best.path.isEmpty ? path : String(path.dropFirst(min(path.count, best.path.count + 1)))
        let key = String(rest.prefix { $0 != "." && $0 != "[" })
        return (best.row, (best.columns[key] ?? .fields).header)
    }
}
