@testable import CPSEngine
@testable import CPSKit
import Testing

/// The one place text is made safe to show: every control, separator and bidirectional control visible, nothing
/// else changed.
@Suite struct VisibleTextTests {
    /// Every scalar `VisibleText` must show: C0, DEL, C1, the separators and the bidirectional controls.
    static let shown: [Unicode.Scalar] = {
        let values: [ClosedRange<UInt32>] = [0...0x1F, 0x7F...0x9F, 0x2028...0x202E, 0x2066...0x2069]
        return values.flatMap { range in range.compactMap(Unicode.Scalar.init) }
    }()

    @Test func showsTerminalEscapesAsSwiftWritesThem() {
        #expect(VisibleText.line("a\u{1B}]0;TITLE\u{07}b") == "a\\u{1B}]0;TITLE\\u{07}b")
        #expect(VisibleText.line("\u{1B}[31mred") == "\\u{1B}[31mred")
        #expect(VisibleText.line("\u{0}\u{7F}\u{9B}\u{85}") == "\\u{00}\\u{7F}\\u{9B}\\u{85}")
        #expect(VisibleText.line("abc\u{202E}fed\u{2066}x\u{2069}\u{2028}") == "abc\\u{202E}fed\\u{2066}x\\u{2069}\\u{2028}")
        #expect(VisibleText.line("one\ntwo\r\nthree\tfour\r") == "one\\ntwo\\r\\nthree\\tfour\\r")
    }

    @Test func linesKeepNewlinesAndReadCRLFAsOne() {
        #expect(VisibleText.lines("one\ntwo\r\nthree\rfour\t\u{1B}") == "one\ntwo\nthree\\rfour\\t\\u{1B}")
        #expect(VisibleText.lines("\n\n") == "\n\n")
        #expect(VisibleText.lines("end\r") == "end\\r")
    }

    @Test(arguments: [false, true])
    func leavesNoScalarToShow(keepingNewlines: Bool) {
        var text = ""
        for scalar in Self.shown {
            text.unicodeScalars.append(scalar)
            text += "x"
        }
        let visible = keepingNewlines ? VisibleText.lines(text) : VisibleText.line(text)
        let left = visible.unicodeScalars.filter { Self.shown.contains($0) }.map(\.value)
        #expect(left == (keepingNewlines ? [0x0A] : []))
        #expect(!visible.utf8.contains(0x1B))
    }

    @Test func leavesOrdinaryTextAlone() {
        // Bytes 0xC2 and 0xE2 begin these without being controls: £, é, ’, –, €, the zero-width joiner.
        let ordinary = "Children’s £5 – café € 👩‍👧 \u{200D}x \u{2060} North West & <b> \\u{1B} a\u{301}"
        #expect(VisibleText.line(ordinary) == ordinary)
        #expect(VisibleText.lines(ordinary + "\n" + ordinary) == ordinary + "\n" + ordinary)
        #expect(VisibleText.line("") == "")
    }

    @Test func isLinearInTheTextsLength() {
        let megabyte = String(repeating: "a\u{1B}", count: 500_000)
        let visible = VisibleText.line(megabyte)
        #expect(visible.utf8.count == 500_000 * 7)
    }
}
