@testable import CPSEngine
@testable import CPSKit
import Testing

@Suite struct CSVReaderTests {
    func read(_ text: String) throws -> CSVReader.Table { try CSVReader.read(Array(text.utf8)) }

    @Test func readsQuotedFieldsAndLineEndings() throws {
        let table = try read("a,b,c\r\n1,\"x, y\",\"say \"\"hi\"\"\"\n2,\"two\nlines\",\n3,\"\",last")
        #expect(table.header == ["a", "b", "c"])
        #expect(table.rows == [["1", "x, y", "say \"hi\""], ["2", "two\nlines", ""], ["3", "", "last"]])
        #expect(table.lines == [2, 3, 5])
    }

    @Test func skipsAByteOrderMarkAndTrailingEmptyLines() throws {
        let table = try CSVReader.read([0xEF, 0xBB, 0xBF] + Array("id,name\n1,x\n\n\n".utf8))
        #expect(table.header == ["id", "name"])
        #expect(table.rows == [["1", "x"]])
    }

    /// Malformed CSV and the error each gives, shared with ``CSVColumnsTests``.
    static let malformed = [
        ("a,b\n1,2,3\n", "line 2: the row has 3 fields but the header has 2"),
        ("a,b\n1\n", "line 2: the row has 1 fields but the header has 2"),
        ("a,b\n1,\"open\n2,3\n", "line 2: a quoted field is not closed"),
        ("a,b\n1,\"x\"y\n", "line 2: text follows a closing quote"),
        ("a,b\n1,x\"y\n", "line 2: a quote appears inside an unquoted field"),
        ("", "line 1: the file is empty; expected a header row"),
        ("\n\n", "line 1: the file is empty; expected a header row"),
    ]

    @Test(arguments: malformed)
    func reportsMalformedInputWithItsLine(text: String, expected: String) {
        do {
            _ = try read(text)
            Issue.record("accepted \(text)")
        } catch {
            #expect((error as? CSVError)?.description == expected)
        }
    }

    @Test func rejectsInvalidUTF8() {
        #expect(throws: CSVError.self) { try CSVReader.read(Array("a\n".utf8) + [0xFF, 0x0A]) }
    }
}
