import CPSEngine
/// Prints a document as plain text that fits a width: wrapped paragraphs and lists, aligned fields, and tables
/// whose widest prose columns wrap at spaces when the whole would not fit, or, when even that cannot fit without
/// cutting an id, a code, a date or a number, one record per row (see ``TextTableLayout``). Control characters and other characters a terminal
/// would act on are shown visibly (see ``VisibleText``), so text from a pack cannot move the cursor, colour the
/// screen, retitle the window or reorder what is read.
public struct TextRenderer: OutputRenderer {
    /// The width to fit, in characters.
    public var width: Int

    /// Creates a renderer for a width (at least 40).
    public init(width: Int) {
        self.width = max(width, 40)
    }

    /// The result as text.
    public func render<View: Renderable>(_ view: View) throws -> String {
        render(view.document())
    }

    /// The document as text, ending in a newline.
    public func render(_ document: Document) -> String {
        let document = document.visible()
        var chunks: [String] = []
        if let title = document.title {
            chunks.append(underlined(title, with: "="))
        }
        var afterHeading = false
        for block in document.blocks {
            let text = render(block)
            if afterHeading, let last = chunks.popLast() {
                chunks.append(last + "\n" + text)
            } else {
                chunks.append(text)
            }
            if case .heading = block { afterHeading = true } else { afterHeading = false }
        }
        return chunks.joined(separator: "\n\n") + "\n"
    }

    /// One block as text; its text must be visible already (see ``Document/visible()``).
    func render(_ block: Block) -> String {
        switch block {
        case .heading(let text, let level):
            switch level {
            case ...1: return underlined(text, with: "-")
            case 2: return wrapped(text, first: "» ", rest: "  ")
            default: return wrapped(text, first: "", rest: "")
            }
        case .paragraph(let text):
            return wrapped(text, first: "", rest: "")
        case .list(let items):
            return items.map { wrapped($0, first: "  - ", rest: "    ") }.joined(separator: "\n")
        case .fields(let fields):
            let labelWidth = min(fields.map { $0.label.count + 1 }.max() ?? 0, 24)
            return fields.map { field in
                let label = TextWrapping.pad(field.label + ":", to: labelWidth)
                let indent = String(repeating: " ", count: labelWidth + 1)
                return wrapped(field.value, first: label + " ", rest: indent)
            }.joined(separator: "\n")
        case .table(let table):
            return TextTableLayout(table: table, width: width).render()
        case .note(let text):
            return wrapped(text, first: "  ", rest: "  ")
        case .lines(let lines):
            return lines.joined(separator: "\n")
        }
    }

    func underlined(_ text: String, with character: Character) -> String {
        let lines = TextWrapping.wrap(text, width: width)
        let rule = String(repeating: character, count: lines.map(\.count).max() ?? 0)
        return (lines + [rule]).joined(separator: "\n")
    }

    func wrapped(_ text: String, first: String, rest: String) -> String {
        let lines = TextWrapping.wrap(text, width: width - first.count)
        return lines.enumerated().map { ($0.offset == 0 ? first : rest) + $0.element }
            .map { $0.trailingSpacesRemoved() }
            .joined(separator: "\n")
    }
}
