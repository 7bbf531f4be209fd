import CPSEngine
/// A run of lines under one heading that belong together: a paragraph, a list, or a table's rows.
struct DraftBlock: Equatable, Sendable {
    /// What sort of run it is.
    enum Kind: Equatable, Sendable {
        /// One paragraph of running text.
        case paragraph
        /// Consecutive list lines (bullets or numbers).
        case list
        /// Consecutive table rows.
        case rows
    }

    /// What sort of run it is.
    var kind: Kind
    /// Its lines, in order.
    var lines: [DraftLine]

    /// The source lines it covers.
    var range: (from: Int, to: Int) { (lines.first?.number ?? 0, lines.map(\.last).max() ?? 0) }

    /// The blocks of a section's lines: blank lines end paragraphs; a list runs on across blank lines while the
    /// next line with text is a list line too.
    static func blocks(_ lines: ArraySlice<DraftLine>) -> [DraftBlock] {
        var blocks: [DraftBlock] = []
        for line in lines {
            switch line.shape {
            case .blank:
                continue
            case .bullet, .numbered:
                if let last = blocks.last, last.kind == .list { blocks[blocks.count - 1].lines.append(line) } else { blocks.append(DraftBlock(kind: .list, lines: [line])) }
            case .row:
                if let last = blocks.last, last.kind == .rows { blocks[blocks.count - 1].lines.append(line) } else { blocks.append(DraftBlock(kind: .rows, lines: [line])) }
            case .text, .heading:
                blocks.append(DraftBlock(kind: .paragraph, lines: [line]))
            }
        }
        return blocks
    }
}
