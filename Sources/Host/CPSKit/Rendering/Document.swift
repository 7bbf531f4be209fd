import CPSEngine
/// What a command shows, independent of format: headings, paragraphs, lists, fields and tables.
///
/// Text, Markdown, CSV and HTML renderers all read a document; JSON renders the command's `Encodable` result.
public struct Document: Sendable {
    /// The document's title, rendered as its first heading.
    public var title: String?
    /// The blocks in order.
    public var blocks: [Block]
    /// The table CSV renders; the first table when `nil`.
    public var csvTable: Table?

    /// Creates a document.
    public init(title: String? = nil, blocks: [Block] = [], csvTable: Table? = nil) {
        self.title = title
        self.blocks = blocks
        self.csvTable = csvTable
    }

    /// Every table in the document, in order.
    public var tables: [Table] {
        blocks.compactMap { if case .table(let table) = $0 { table } else { nil } }
    }
}
