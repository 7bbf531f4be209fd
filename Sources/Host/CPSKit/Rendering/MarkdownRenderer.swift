/// Prints a document as GitHub-flavoured Markdown; text from packs is escaped so it cannot become markup.
public struct MarkdownRenderer: OutputRenderer {
    /// Creates the renderer.
    public init() {}

    /// The result as Markdown.
    public func render<View: Renderable>(_ view: View) throws -> String {
        render(view.document())
    }

    /// The document as Markdown, ending in a newline.
    public func render(_ document: Document) -> String {
        var chunks: [String] = []
        if let title = document.title { chunks.append("# " + Self.escape(title)) }
        for block in document.blocks { chunks.append(render(block)) }
        return chunks.joined(separator: "\n\n") + "\n"
    }

    func render(_ block: Block) -> String {
        switch block {
        case .heading(let text, let level):
            return String(repeating: "#", count: min(max(level, 1) + 1, 6)) + " " + Self.escape(text)
        case .paragraph(let text):
            return Self.escape(text)
        case .list(let items):
            return items.map { "- " + Self.escape($0).replacingAll("\n", with: "\n  ") }.joined(separator: "\n")
        case .fields(let fields):
            return fields.map { "- **\(Self.escape($0.label)):** \(Self.escape($0.value).replacingAll("\n", with: " "))" }.joined(separator: "\n")
        case .table(let table):
            var lines: [String] = []
            if let caption = table.caption { lines += ["*\(Self.escape(caption))*", ""] }
            lines.append("| " + table.columns.map(Self.cell).joined(separator: " | ") + " |")
            lines.append("|" + table.columns.indices.map { table.numericColumns.contains($0) ? " ---: " : " --- " }.joined(separator: "|") + "|")
            for row in table.rows {
                lines.append("| " + row.map(Self.cell).joined(separator: " | ") + " |")
            }
            return lines.joined(separator: "\n")
        case .note(let text):
            return "> " + Self.escape(text).replacingAll("\n", with: "\n> ")
        case .lines(let lines):
            let fence = lines.contains { $0.contains("```") } ? "~~~~" : "```"
            return ([fence + "text"] + lines + [fence]).joined(separator: "\n")
        }
    }

    static func cell(_ text: String) -> String {
        escape(text).replacingAll("\n", with: "<br>")
    }

    /// Backslash-escapes the characters Markdown would read as markup, including `<` and `>`.
    static func escape(_ text: String) -> String {
        var output = ""
        output.reserveCapacity(text.count)
        for character in text {
            if "\\`*_[]<>|#".contains(character) { output.append("\\") }
            output.append(character)
        }
        return output
    }
}
