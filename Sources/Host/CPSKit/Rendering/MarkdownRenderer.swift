import CPSEngine
/// Prints a document as GitHub-flavoured Markdown; text from packs is escaped so it cannot become markup, and its
/// control characters are shown visibly (see ``VisibleText``).
public struct MarkdownRenderer: OutputRenderer {
    /// Creates the renderer.
    public init() {}

    /// The result as Markdown.
    public func render<View: Renderable>(_ view: View) throws -> String {
        render(view.document())
    }

    /// The document as Markdown, ending in a newline.
    public func render(_ document: Document) -> String {
        let document = document.visible()
        var chunks: [String] = []
        if let title = document.title { chunks.append("# " + Self.inline(title)) }
        for block in document.blocks { chunks.append(render(block)) }
        return chunks.joined(separator: "\n\n") + "\n"
    }

    /// One block as Markdown; its text must be visible already (see ``Document/visible()``).
    func render(_ block: Block) -> String {
        switch block {
        case .heading(let text, let level):
            return String(repeating: "#", count: min(max(level, 1) + 1, 6)) + " " + Self.inline(text)
        case .paragraph(let text):
            return Self.block(text)
        case .list(let items):
            return items.map { "- " + Self.block($0).replacingAll("\n", with: "\n  ") }.joined(separator: "\n")
        case .fields(let fields):
            return fields.map { "- **\(Self.inline($0.label)):** \(Self.inline($0.value))" }.joined(separator: "\n")
        case .table(let table):
            var lines: [String] = []
            if let caption = table.caption { lines += ["*\(Self.inline(caption))*", ""] }
            lines.append("| " + table.columns.map(Self.cell).joined(separator: " | ") + " |")
            lines.append("|" + table.columns.indices.map { table.numericColumns.contains($0) ? " ---: " : " --- " }.joined(separator: "|") + "|")
            for row in table.rows {
                lines.append("| " + row.map(Self.cell).joined(separator: " | ") + " |")
            }
            return lines.joined(separator: "\n")
        case .note(let text):
            return "> " + Self.block(text).replacingAll("\n", with: "\n> ")
        case .lines(let lines):
            let fence = String(repeating: "`", count: max(3, (lines.map(Self.longestBacktickRun).max() ?? 0) + 1))
            return ([fence + "text"] + lines + [fence]).joined(separator: "\n")
        }
    }

    /// Text for a table cell: escaped, each line break written `<br>`.
    static func cell(_ text: String) -> String {
        escape(text).replacingAll("\n", with: "<br>")
    }

    /// Text that must stay on one line (a heading, a field, a caption): escaped, line breaks made spaces.
    static func inline(_ text: String) -> String {
        escape(text).replacingAll("\n", with: " ")
    }

    /// Text that may span lines (a paragraph, a list item, a note): escaped, and no line of it able to begin a
    /// list, a heading underline, a rule or a fence.
    static func block(_ text: String) -> String {
        escape(text).split(separator: "\n", omittingEmptySubsequences: false).map(lineStartEscaped).joined(separator: "\n")
    }

    /// A line with a backslash before a first `-`, `+`, `=` or `~`, or before the `.` or `)` of a first number,
    /// which Markdown would read as a list item, a setext underline, a thematic break or a fence.
    static func lineStartEscaped(_ line: Substring) -> String {
        guard let first = line.firstIndex(where: { $0 != " " }) else { return String(line) }
        if "-+=~".contains(line[first]) {
            return line[..<first] + "\\" + line[first...]
        }
        let digits = line[first...].prefix(while: \.isASCIIDigit)
        if !digits.isEmpty, digits.count <= 9, let marker = line[digits.endIndex...].first, marker == "." || marker == ")" {
            return line[..<digits.endIndex] + "\\" + line[digits.endIndex...]
        }
        return String(line)
    }

    /// The length of the longest run of backticks in a line, so a fence around it can be longer.
    static func longestBacktickRun(_ line: String) -> Int {
        var longest = 0, run = 0
        for character in line.utf8 {
            run = character == UInt8(ascii: "`") ? run + 1 : 0
            longest = max(longest, run)
        }
        return longest
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
