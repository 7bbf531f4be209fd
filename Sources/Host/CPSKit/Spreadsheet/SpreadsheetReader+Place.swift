import CPSEngine
extension SpreadsheetReader {
    /// The row and column a place in the imported pack's JSON comes from (a validation finding's path, such as
    /// `sections[0].content[2].action.mappings[0].domains[0]`): the row whose object holds it, and the column that
    /// gave its first key (its own column, or `fields`). `nil` when no row holds it.
    public func place(of path: String) -> (row: Int, column: String)? {
        // The longest path a row has that is `path` or ends where one of `path`'s keys ends: one look-up per key.
        var best: (path: String, row: Int, columns: [String: SpreadsheetColumn])?
        var prefix = Substring(path)
        while best == nil {
            if let found = rowsByPath[String(prefix)] { best = (String(prefix), found.row, found.columns) }
            guard let dot = prefix.lastIndex(of: ".") else { break }
            prefix = prefix[..<dot]
        }
        if best == nil, let top = rowsByPath[""] { best = ("", top.row, top.columns) }
        guard let best else { return nil }
        let rest = best.path.isEmpty ? path : String(path.dropFirst(min(path.count, best.path.count + 1)))
        let key = String(rest.prefix { $0 != "." && $0 != "[" })
        return (best.row, (best.columns[key] ?? .fields).header)
    }
}
