@testable import CPSEngine
@testable import CPSKit
import Testing

/// Writing CSV: no cell a spreadsheet would run, no control character but the format's own newlines.
@Suite struct CSVWriterTests {
    @Test(arguments: ["-Infinity", "-NaN", "+Inf", "-0x1A", "-1+1", "-", "+", "-.", "-1e", "-1e+", "- 1", "-1 ", "=1", "@SUM(A1)",
                      "\nline", "\rline", "\u{0}x", "\u{1B}[31m", "\u{9B}x", "\u{7F}x", "\tx"])
    func neutralisesEverythingButPlainNumbers(cell: String) {
        #expect(CSV.neutralised(cell) == "'" + cell)
    }

    @Test(arguments: ["-3.5", "-12", "+12", "-1e3", "1E-5", "-.5", "+0.25e+2", "3.", "42", "Sefton", "North West", "'=quoted"])
    func leavesPlainNumbersAndOrdinaryText(cell: String) {
        #expect(CSV.neutralised(cell) == cell)
    }

    @Test func writesControlsVisiblyAndKeepsNewlinesQuoted() {
        let csv = CSV.write([["a", "b"], ["\u{1B}]0;T\u{07} x", "one\r\ntwo\nthree"], ["\u{0}", "\u{9B}2J\u{202E}"]])
        #expect(csv == "a,b\r\n\\u{1B}]0;T\\u{07} x,\"one\ntwo\nthree\"\r\n\\u{00},\\u{9B}2J\\u{202E}\r\n")
        let body = csv.replacingAll("\r\n", with: "").replacingAll("\n", with: "")
        #expect(!body.unicodeScalars.contains { $0.properties.generalCategory == .control })
        // A cell starting with a newline is quoted and neutralised.
        #expect(CSV.write([["\nx"]]) == "\"'\nx\"\r\n")
    }
}
