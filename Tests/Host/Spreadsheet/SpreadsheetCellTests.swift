@testable import CPSEngine
@testable import CPSKit
import Testing

/// The spreadsheet layout's formula guard: neutralised as CSV neutralises, and undone exactly.
@Suite struct SpreadsheetCellTests {
    static let texts = [
        "=SUM(A1)", "+44 151", "-not a number", "@home", "\tindented", "'=already quoted", "''=twice", "'-x", "'",
        "''", "'Tis the season", "-3.5", "+12", "plain", "", "line one\nline two", "=", "'''@",
    ]

    @Test(arguments: texts)
    func readGivesBackWhatWasWritten(text: String) {
        #expect(SpreadsheetCell.read(SpreadsheetCell.written(text)) == text)
    }

    @Test(arguments: texts)
    func aWrittenCellIsNeverRunAsAFormula(text: String) {
        let cell = SpreadsheetCell.written(text)
        #expect(CSV.neutralised(cell) == cell)
    }

    @Test func guardsFormulasAndTheApostrophesBeforeThem() {
        #expect(SpreadsheetCell.written("=SUM(A1)") == "'=SUM(A1)")
        #expect(SpreadsheetCell.written("'=x") == "''=x")
        #expect(SpreadsheetCell.written("'Tis") == "'Tis")
        #expect(SpreadsheetCell.written("-3.5") == "-3.5")
        #expect(SpreadsheetCell.read("'=x") == "=x")
        #expect(SpreadsheetCell.read("'Tis") == "'Tis")
    }

    @Test func readsACarriageReturnAndNewlineInACellAsANewline() {
        #expect(SpreadsheetCell.read("a\r\nb") == "a\nb")
    }

    @Test func aCellCannotHoldControlCharactersButANewline() {
        #expect(SpreadsheetCell.canHold("two\nlines"))
        #expect(!SpreadsheetCell.canHold("a\ttab"))
        #expect(!SpreadsheetCell.canHold("a\r\nb"))
    }
}
