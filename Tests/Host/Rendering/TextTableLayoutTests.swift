@testable import CPSEngine
@testable import CPSKit
import Foundation
import Testing

/// Text tables never cut a word: prose columns wrap at spaces, the widest first; token columns keep their width;
/// a table that cannot fit becomes records, where only a word wider than the whole width is cut.
@Suite struct TextTableLayoutTests {
    static let prose = "Children and young people will have a safe, suitable and lasting home to live and be cared for."

    /// Every whitespace-separated word of `texts` is a whole word of `output`.
    static func missingWords(_ texts: [String], in output: String) -> [Substring] {
        let words = Set(output.split(whereSeparator: \.isWhitespace))
        return texts.flatMap { $0.split(whereSeparator: \.isWhitespace) }.filter { !words.contains($0) }
    }

    @Test func aTableThatFitsHasItsNaturalWidths() {
        let table = Table(columns: ["Id", "Name"], rows: [["sefton", "Sefton Council"]], kinds: [.token, .prose])
        #expect(TextTableLayout(table: table, width: 80).columnWidths() == [6, 14])
    }

    /// The id keeps its width and the narrower prose column its natural width: only the widest column wraps.
    @Test func theWidestProseColumnGivesWayFirst() {
        let table = Table(
            columns: ["Id", "Name", "Notes"],
            rows: [["north-east-lincolnshire", "Sefton Council", Self.prose]],
            kinds: [.token, .prose, .prose]
        )
        #expect(TextTableLayout(table: table, width: 80).columnWidths() == [23, 14, 39])
        // Narrower, both prose columns give way to a common width; the id still keeps its 23.
        #expect(TextTableLayout(table: table, width: 50).columnWidths() == [23, 12, 11])
        let text = TextTableLayout(table: table, width: 50).render()
        #expect(text.split(separator: "\n").allSatisfy { $0.count <= 50 })
        #expect(Self.missingWords(table.rows[0], in: text).isEmpty)
    }

    /// A prose column is never narrower than its longest word, so a long word holds its column wide (the other
    /// prose column gives way instead) rather than being cut.
    @Test func aLongWordHoldsItsColumnWideRatherThanBeingCut() {
        let word = "la_cla_placement_stability_by_characteristics.csv"
        let table = Table(columns: ["Id", "File", "Notes"], rows: [["a", "see \(word) here", Self.prose]], kinds: [.token, .prose, .prose])
        #expect(TextTableLayout(table: table, width: 80).columnWidths() == [2, word.count, 25])
        let text = TextRenderer(width: 80).render(Document(blocks: [.table(table)]))
        #expect(text.split(separator: "\n").allSatisfy { $0.count <= 80 })
        #expect(Self.missingWords(table.rows[0], in: text).isEmpty)
    }

    /// Token columns keep their natural width while prose can give way; then their headings wrap at spaces, and
    /// their cells never do.
    @Test func tokenColumnsWrapOnlyTheirHeadingsAndOnlyAfterProse() {
        let table = Table(
            columns: ["Principle", "North East Lincolnshire"],
            rows: [["1. Best interests and well-being", "24 · 30 · 39"]],
            kinds: [.prose, .token]
        )
        // 23 for the token column's heading; the prose column gives way to what is left.
        #expect(TextTableLayout(table: table, width: 45).columnWidths() == [20, 23])
        // The prose at its narrowest (its longest word, "well-being"), the heading wraps to its cell's width.
        #expect(TextTableLayout(table: table, width: 24).columnWidths() == [10, 12])
        #expect(TextTableLayout(table: table, width: 24).render() == """
            Principle   North East
                        Lincolnshire
            ----------  ------------
            1. Best     24 · 30 · 39
            interests
            and
            well-being
            """)
    }

    /// Token columns that cannot fit whole make the table records, one field a line, a blank line between them.
    @Test func aTableTooWideForItsTokensBecomesRecords() {
        let table = Table(
            columns: ["Id", "Council", "Period"],
            rows: [["north-east-lincolnshire", "North East Lincolnshire Council", "2023-2025"], ["sefton", "Sefton Council", "2023-2025"]],
            kinds: [.token, .prose, .token]
        )
        #expect(TextTableLayout(table: table, width: 40).columnWidths() == nil)
        #expect(TextTableLayout(table: table, width: 40).render() == """
            Id:      north-east-lincolnshire
            Council: North East Lincolnshire Council
            Period:  2023-2025

            Id:      sefton
            Council: Sefton Council
            Period:  2023-2025
            """)
        // Wide enough, the same table is a table again, its prose wrapped at a space.
        #expect(TextTableLayout(table: table, width: 52).render() == """
            Id                       Council           Period
            -----------------------  ----------------  ---------
            north-east-lincolnshire  North East        2023-2025
                                     Lincolnshire
                                     Council

            sefton                   Sefton Council    2023-2025
            """)
    }

    /// A row heading (under an empty column heading) stands alone; a value with a word too wide to sit beside the
    /// labels goes below its label, whole.
    @Test func recordsKeepRowHeadingsAndWholeWords() {
        let table = Table(
            columns: ["", "Lancashire", "Sefton"],
            rows: [["Monitored by this council only", "placement-stability-short-term\nplacement-stability-long-term", "none"]],
            rowHeaders: true, kinds: [.prose, .prose, .prose]
        )
        #expect(TextTableLayout(table: table, width: 40).render() == """
            Monitored by this council only
            Lancashire:
              placement-stability-short-term
              placement-stability-long-term
            Sefton:     none
            """)
    }

    /// A megabyte without a space is cut only in the record layout, into lines that fit, in linear time: cutting
    /// by copying the rest of the word for every line would take minutes.
    @Test func aMegabyteWordIsCutIntoLinesThatFitInLinearTime() {
        let word = String(repeating: "x", count: 1_000_000)
        let table = Table(columns: ["Id", "Council"], rows: [["long", word]], kinds: [.token, .prose])
        let start = Date()
        let text = TextRenderer(width: 60).render(Document(blocks: [.table(table)]))
        let seconds = Date().timeIntervalSince(start)
        let lines = text.split(separator: "\n")
        #expect(lines.first == "Id:      long")
        #expect(lines.allSatisfy { $0.count <= 60 })
        #expect(text.utf8.filter { $0 == UInt8(ascii: "x") }.count == word.count)
        #expect(seconds < 10, "rendering a megabyte word took \(seconds) s")
    }

    @Test func columnKindsAreGivenOrInferred() {
        let table = Table(columns: ["a", "b", "c"], rows: [["two words", "one-token", "3 000"]], numericColumns: [2])
        #expect([0, 1, 2].map(table.kind(of:)) == [.prose, .token, .token])
        var given = table
        given.kinds = [.token, .prose]
        #expect([0, 1, 2].map(given.kind(of:)) == [.token, .prose, .token])
    }
}
