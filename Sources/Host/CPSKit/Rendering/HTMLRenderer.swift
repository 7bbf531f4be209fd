import CPSEngine
/// Prints a document as one self-contained HTML page: no scripts, no external assets, every text escaped.
public struct HTMLRenderer: OutputRenderer {
    /// Creates the renderer.
    public init() {}

    /// The result as an HTML page: its own page when it has one, else its document.
    public func render<View: Renderable>(_ view: View) throws -> String {
        if let page = view as? any HTMLRenderable { return page.html() }
        return render(view.document())
    }

    /// The document as an HTML page.
    public func render(_ document: Document) -> String {
        let title = document.title ?? "cps"
        var body = ""
        if let heading = document.title { body += "<h1>\(HTML.escape(heading))</h1>\n" }
        for block in document.blocks { body += Self.html(block) + "\n" }
        return HTMLPage(title: title, body: body).render()
    }

    /// Blocks as HTML, each heading's id its slug after `idPrefix` and a hyphen, numbered from the second time a
    /// slug comes ("-2", "-3"), so a page joining several documents, such as the report, never repeats an id.
    static func html(_ blocks: [Block], idPrefix: String) -> String {
        var seen: [String: Int] = [:]
        return blocks.map { block in
            guard case .heading(let text, _) = block else { return html(block) + "\n" }
            let id = "\(idPrefix)-\(HTML.slug(text))"
            seen[id, default: 0] += 1
            return html(block, headingID: seen[id]! == 1 ? id : "\(id)-\(seen[id]!)") + "\n"
        }.joined()
    }

    /// One block as HTML; a heading's id is `headingID`, or else its slug.
    static func html(_ block: Block, headingID: String? = nil) -> String {
        switch block {
        case .heading(let text, let level):
            let tag = "h\(min(max(level, 1) + 1, 6))"
            return "<\(tag) id=\"\(headingID ?? HTML.slug(text))\">\(HTML.escape(text))</\(tag)>"
        case .paragraph(let text):
            return "<p>\(multiline(text))</p>"
        case .list(let items):
            return "<ul>\n" + items.map { "<li>\(multiline($0))</li>" }.joined(separator: "\n") + "\n</ul>"
        case .fields(let fields):
            return "<dl>\n" + fields.map { "<dt>\(HTML.escape($0.label))</dt><dd>\(multiline($0.value))</dd>" }.joined(separator: "\n") + "\n</dl>"
        case .table(let table):
            return html(table)
        case .note(let text):
            return "<p class=\"note\">\(multiline(text))</p>"
        case .lines(let lines):
            return "<pre>" + lines.map(HTML.escape).joined(separator: "\n") + "</pre>"
        }
    }

    /// A table with a caption, column headers and, when asked, row headers.
    static func html(_ table: Table) -> String {
        var html = "<div class=\"table-wrap\"><table>\n"
        if let caption = table.caption { html += "<caption>\(HTML.escape(caption))</caption>\n" }
        html += "<thead><tr>" + table.columns.map { "<th scope=\"col\">\(HTML.escape($0))</th>" }.joined() + "</tr></thead>\n<tbody>\n"
        let numeric = table.columns.indices.map { table.numericColumns.contains($0) ? " class=\"num\"" : "" }
        for row in table.rows {
            html += "<tr>"
            for (index, cell) in row.enumerated() {
                let numeric = index < numeric.count ? numeric[index] : ""
                if index == 0, table.rowHeaders {
                    html += "<th scope=\"row\">\(multiline(cell))</th>"
                } else if Absent.isAbsent(cell) {
                    html += "<td class=\"absent\">\(multiline(cell))</td>"
                } else {
                    html += "<td\(numeric)>\(multiline(cell))</td>"
                }
            }
            html += "</tr>\n"
        }
        return html + "</tbody>\n</table></div>"
    }

    static func multiline(_ text: String) -> String {
        HTML.multiline(text)
    }
}
