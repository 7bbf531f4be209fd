import CPSEngine
extension Document {
    /// The document with every control character, line or paragraph separator and bidirectional control in its
    /// text shown visibly (see ``VisibleText``): newlines are kept where a block may span lines, and shown in the
    /// one-line entries of a ``Block/lines(_:)`` block. Text and Markdown render this form, so no character of a
    /// pack or a CSV file reaches a terminal or a viewer as a command.
    func visible() -> Document {
        Document(
            title: title.map(VisibleText.lines),
            blocks: blocks.map { $0.visible() },
            csvTable: csvTable?.visible()
        )
    }
}
