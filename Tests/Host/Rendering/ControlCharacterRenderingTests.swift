@testable import CPSEngine
@testable import CPSKit
import Testing

/// Every renderer shows control characters visibly, and no newline inside a text breaks its format's layout.
@Suite struct ControlCharacterRenderingTests {
    static let hostile = "A\u{1B}]0;TITLE\u{07}B \u{1B}[31mred\nnext\u{9B}2J\u{202E}"

    /// A document with the hostile text in every place a text can go.
    static let document = Document(title: hostile, blocks: [
        .heading(hostile, level: 1), .heading(hostile, level: 2), .paragraph(hostile), .list([hostile]),
        .fields([Field(hostile, hostile)]), .table(Table(caption: hostile, columns: ["Name", hostile], rows: [[hostile, hostile]])),
        .note(hostile), .lines([hostile, "second"]),
    ])

    func assertNothingRaw(_ output: String, _ format: String) {
        let raw = output.unicodeScalars.filter { scalar in
            (scalar.properties.generalCategory == .control && scalar != "\n" && scalar != "\r") || VisibleTextTests.shown.contains(scalar) && scalar != "\n" && scalar != "\r"
        }
        #expect(raw.isEmpty, "\(format) has \(raw.map { String($0.value, radix: 16) })")
        #expect(output.contains("u{1B}"), "\(format) shows ESC visibly")
        #expect(output.contains("u{202E}"), "\(format) shows the right-to-left override visibly")
    }

    @Test func textShowsControlsAndKeepsLinesWhole() {
        let text = TextRenderer(width: 200).render(Self.document)
        assertNothingRaw(text, "text")
        #expect(!text.contains("\r"))
        // The one-line entries of a lines block stay one line each.
        #expect(text.contains("A\\u{1B}]0;TITLE\\u{07}B \\u{1B}[31mred\\nnext\\u{9B}2J\\u{202E}\nsecond"))
    }

    @Test func markdownShowsControlsAndKeepsRowsAndHeadingsWhole() throws {
        let markdown = MarkdownRenderer().render(Self.document)
        assertNothingRaw(markdown, "Markdown")
        #expect(markdown.contains("# A\\\\u{1B}\\]0;TITLE\\\\u{07}B \\\\u{1B}\\[31mred next"), "a title stays one line")
        let row = try #require(markdown.split(separator: "\n").first { $0.hasPrefix("| A") })
        #expect(row.hasSuffix("|") && row.contains("<br>next"), "a row stays one line: \(row)")
    }

    @Test func htmlShowsControls() {
        assertNothingRaw(HTMLRenderer().render(Self.document), "HTML")
    }

    @Test func markdownCannotStartABlockInsideText() {
        let text = "first\n- not a list\n1. not a list either\n===\n  + nor this\n~~~"
        let markdown = MarkdownRenderer().render(Document(blocks: [.paragraph(text), .list([text]), .note(text)]))
        #expect(markdown.contains("first\n\\- not a list\n1\\. not a list either\n\\===\n  \\+ nor this\n\\~~~\n"))
        #expect(markdown.contains("- first\n  \\- not a list"))
        #expect(markdown.contains("> first\n> \\- not a list"))
    }

    @Test func markdownFencesOutlastTheirLines() {
        let markdown = MarkdownRenderer().render(Document(blocks: [.lines(["a ```` b", "~~~~"])]))
        #expect(markdown == "`````text\na ```` b\n~~~~\n`````\n")
        #expect(MarkdownRenderer().render(Document(blocks: [.lines(["plain"])])) == "```text\nplain\n```\n")
    }
}
