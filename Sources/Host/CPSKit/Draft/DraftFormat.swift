import CPSEngine
/// The shape of a strategy document `cps draft` reads.
public enum DraftFormat: String, CaseIterable, Sendable {
    /// Plain text, such as a PDF's text as extracted, with its page numbers, running headers and broken lines.
    case text
    /// Markdown: `#` headings, `-`/`*`/numbered lists, tables of `|` cells.
    case markdown
    /// An HTML page saved from a council's site.
    case html

    /// The format a file's name implies (`.md`, `.markdown`, `.htm`, `.html`; anything else is text).
    public static func from(fileName: String) -> DraftFormat {
        let lower = fileName.lowercased()
        if lower.hasSuffix(".md") || lower.hasSuffix(".markdown") { return .markdown }
        if lower.hasSuffix(".html") || lower.hasSuffix(".htm") || lower.hasSuffix(".xhtml") { return .html }
        return .text
    }
}
