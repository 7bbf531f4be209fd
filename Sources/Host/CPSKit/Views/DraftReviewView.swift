import CPSEngine
/// What `cps draft --review` shows: what a pack still holds to confirm, by section, with counts.
public struct DraftReviewView: Renderable, Codable, Sendable {
    /// The pack's id.
    public var pack: String
    /// The file reviewed.
    public var file: String
    /// How many entries are still drafts.
    public var drafts: Int
    /// How many entries outside drafts still carry a suggested mapping.
    public var suggestedMappings: Int
    /// The rows, in document order.
    public var rows: [DraftReviewRow]

    /// Creates the view of `rows` for the pack `pack` read from `file`.
    public init(pack: String, file: String, rows: [DraftReviewRow]) {
        self.pack = pack
        self.file = file
        self.rows = rows
        suggestedMappings = rows.filter { $0.kind.hasPrefix("suggested mapping") }.count
        drafts = rows.count - suggestedMappings
    }

    /// A count line, then one table a section.
    public func document() -> Document {
        let columns = ["Lines", "Kind", "Text", "Suggestions"]
        let kinds: [ColumnKind] = [.token, .token, .prose, .prose]
        var sections: [(id: String, heading: String, rows: [DraftReviewRow])] = []
        for row in rows {
            if let last = sections.last, last.id == row.section { sections[sections.count - 1].rows.append(row) } else { sections.append((row.section, row.heading, [row])) }
        }
        var blocks: [Block] = []
        if rows.isEmpty {
            blocks.append(.paragraph("Nothing is left to confirm in \(file): no draft entries and no suggested mappings."))
        } else {
            blocks.append(.paragraph("\(Self.count(drafts, "draft entry", "draft entries")) and \(Self.count(suggestedMappings, "suggested mapping", "suggested mappings")) to confirm in \(Self.count(sections.count, "section", "sections")) of \(file). Confirm a section with `cps draft --review \(file) --accept SECTION-ID --output FILE`, or edit the pack."))
            for section in sections {
                blocks.append(.heading("\(section.heading) (\(section.id)): \(section.rows.count) to confirm", level: 2))
                blocks.append(.table(Table(columns: columns, rows: section.rows.map { [$0.lines, $0.kind, $0.text, $0.suggestions.joined(separator: "; ")] }, kinds: kinds)))
            }
        }
        let csv = Table(columns: ["Section", "Heading"] + columns, rows: rows.map { [$0.section, $0.heading, $0.lines, $0.kind, $0.text, $0.suggestions.joined(separator: "; ")] })
        return Document(title: "Draft review: \(pack)", blocks: blocks, csvTable: csv)
    }

    private static func count(_ value: Int, _ one: String, _ many: String) -> String {
        value == 1 ? "1 \(one)" : "\(value) \(many)"
    }
}
