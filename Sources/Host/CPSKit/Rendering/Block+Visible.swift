import CPSEngine
extension Block {
    /// The block with its text shown visibly, as ``Document/visible()`` describes.
    func visible() -> Block {
        switch self {
        case .heading(let text, let level): .heading(VisibleText.lines(text), level: level)
        case .paragraph(let text): .paragraph(VisibleText.lines(text))
        case .list(let items): .list(items.map(VisibleText.lines))
        case .fields(let fields): .fields(fields.map { Field(VisibleText.line($0.label), VisibleText.lines($0.value)) })
        case .table(let table): .table(table.visible())
        case .note(let text): .note(VisibleText.lines(text))
        case .lines(let lines): .lines(lines.map(VisibleText.line))
        }
    }
}
