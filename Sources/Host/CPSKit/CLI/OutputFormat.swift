import CPSEngine
/// The formats a command can print.
public enum OutputFormat: String, CaseIterable, Sendable {
    /// Plain text laid out for a terminal, readable when piped.
    case text
    /// GitHub-flavoured Markdown.
    case markdown
    /// RFC 4180 CSV, safe to open in a spreadsheet.
    case csv
    /// Stable, documented JSON with sorted keys.
    case json
    /// A self-contained HTML page.
    case html
}
