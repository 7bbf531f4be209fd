@testable import CPSEngine
@testable import CPSKit
import Testing

private struct Sample: Renderable {
    var document_: Document
    func document() -> Document { document_ }
    func encode(to encoder: any Encoder) throws {}
}

@Suite struct RendererTests {
    let hostile = "<script>alert('x')</script> & *bold* | =SUM(A1)"

    @Test func textTablesFitTheirWidth() {
        let table = Table(columns: ["Name", "Description"], rows: [["short", String(repeating: "long words here ", count: 20)]])
        let text = TextRenderer(width: 50).render(Document(blocks: [.table(table)]))
        #expect(text.split(separator: "\n").allSatisfy { $0.count <= 50 })
        #expect(text.contains("short"))
    }

    @Test func textWrapsParagraphsAndKeepsWords() {
        let text = TextRenderer(width: 40).render(Document(blocks: [.paragraph("The quick brown fox jumps over the lazy dog again and again")]))
        #expect(text == "The quick brown fox jumps over the lazy\ndog again and again\n")
    }

    @Test func markdownEscapesMarkup() {
        let markdown = MarkdownRenderer().render(Document(blocks: [.paragraph(hostile), .table(Table(columns: ["a|b"], rows: [["x\ny"]]))]))
        #expect(markdown.contains("\\<script\\>"))
        #expect(markdown.contains("\\*bold\\*"))
        #expect(markdown.contains("| a\\|b |"))
        #expect(markdown.contains("| x<br>y |"))
    }

    @Test func htmlEscapesEveryText() throws {
        let html = HTMLRenderer().render(Document(title: hostile, blocks: [
            .heading(hostile, level: 1), .paragraph(hostile), .list([hostile]), .fields([Field(hostile, hostile)]),
            .table(Table(caption: hostile, columns: [hostile], rows: [[hostile]], rowHeaders: true)), .note(hostile),
        ]))
        #expect(!html.contains("<script>"))
        #expect(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp;"))
        #expect(html.contains("<th scope=\"row\">"))
    }

    @Test func csvQuotesAndNeutralises() throws {
        let csv = try CSVRenderer().render(Sample(document_: Document(blocks: [.table(Table(
            columns: ["a", "b"],
            rows: [["=SUM(A1)", "x,\"y\""], ["-2.5", "+1"], ["@cmd", "\tx"], ["-1+2", "line\nbreak"]]
        ))])))
        // A tab is shown as \t, so the cell no longer starts with a control character.
        #expect(csv == "a,b\r\n'=SUM(A1),\"x,\"\"y\"\"\"\r\n-2.5,+1\r\n'@cmd,\\tx\r\n'-1+2,\"line\nbreak\"\r\n")
    }
}
