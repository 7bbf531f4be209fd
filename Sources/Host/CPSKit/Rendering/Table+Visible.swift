import CPSEngine
extension Table {
    /// The table with its caption, headings and cells shown visibly, newlines kept.
    func visible() -> Table {
        var table = self
        table.caption = caption.map(VisibleText.lines)
        table.columns = columns.map(VisibleText.lines)
        table.rows = rows.map { $0.map(VisibleText.lines) }
        return table
    }
}
