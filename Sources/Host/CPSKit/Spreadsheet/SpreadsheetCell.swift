import CPSEngine
/// A spreadsheet cell's text as the layout writes and reads it: neutralised against formulas in a way the reader
/// undoes exactly, so a round trip gives back every text as it was.
///
/// ``CSV`` neutralises a cell a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, a control character) by
/// putting an apostrophe before it. On its own that cannot be undone: `'=x` may be a neutralised `=x` or a text
/// that began with the apostrophe. So the layout also puts an apostrophe before any text that a reader would
/// otherwise strip (one or more apostrophes followed by what CSV neutralises), and the reader strips exactly one.
///
/// ```swift
/// SpreadsheetCell.written("=SUM(A1)")   // "'=SUM(A1)"
/// SpreadsheetCell.written("'=x")        // "''=x"
/// SpreadsheetCell.read("''=x")          // "'=x"
/// SpreadsheetCell.read("'Tis")          // "'Tis"
/// ```
enum SpreadsheetCell {
    /// The cell for `text`.
    static func written(_ text: String) -> String {
        needsGuard(text) || isGuarded(text) ? "'" + text : text
    }

    /// The text of a cell as read: the guarding apostrophe removed, and a carriage return and newline inside the
    /// cell read as a newline (the layout never writes a carriage return).
    static func read(_ cell: String) -> String {
        let text = cell.contains("\r\n") ? cell.replacingAll("\r\n", with: "\n") : cell
        return isGuarded(text) ? String(text.dropFirst()) : text
    }

    /// Whether a cell can carry `text` exactly: CSV shows control characters (all but a newline) visibly, so a
    /// text with one is kept in the `fields` JSON instead.
    static func canHold(_ text: String) -> Bool {
        VisibleText.lines(text) == text
    }

    /// Whether CSV would neutralise `text`.
    private static func needsGuard(_ text: String) -> Bool {
        CSV.neutralised(text) != text
    }

    /// Whether `text` is an apostrophe before text that needs guarding or is itself guarded.
    private static func isGuarded(_ text: String) -> Bool {
        var rest = Substring(text)
        while rest.hasPrefix("'") {
            rest = rest.dropFirst()
            if needsGuard(String(rest)) { return true }
        }
        return false
    }
}
