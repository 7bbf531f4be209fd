@testable import CPSEngine
@testable import CPSKit
import Testing

@Suite struct CSVColumnsTests {
    /// The columns turned back into rows, to compare with ``CSVReader``.
    func rows(_ table: CSVColumns) -> [[String]] {
        (0..<table.rowCount).map { row in table.columns.indices.map { table.value(row: row, column: $0) } }
    }

    @Test func internsEachDistinctValueOnce() throws {
        let table = try CSVColumns.read(Array("year,area\n2024,North\n2025,North\n2025,\"South\"\n".utf8))
        #expect(table.columns.map(\.name) == ["year", "area"])
        #expect(table.columns[0].values == ["2024", "2025"])
        #expect(table.columns[0].codes == [0, 1, 1])
        #expect(table.columns[1].values == ["North", "South"])
        #expect(table.columns[1].codes == [0, 0, 1])
        #expect(table.lines == [2, 3, 4])
    }

    @Test func keepsThousandsOfDistinctValuesApart() throws {
        let text = "id,half\n" + (0..<5000).map { "value-\($0),\($0 % 2)" }.joined(separator: "\n")
        let table = try CSVColumns.read(Array(text.utf8))
        #expect(table.rowCount == 5000)
        #expect(table.columns[0].values.count == 5000)
        #expect(table.value(row: 4321, column: 0) == "value-4321")
        #expect(table.columns[1].values == ["0", "1"])
    }

    @Test(arguments: [
        "a,b,c\r\n1,\"x, y\",\"say \"\"hi\"\"\"\n2,\"two\nlines\",\n3,\"\",last",
        "\u{FEFF}id,name\n1,x\n\n\n",
        "id,name\n1,x\n\n2,y",
        "id\n\n1\n\n",
        "a,b\r1,2\r3,4",
        "a,b\n\"\"\"\",\"q\"\"q\"\n\"\"\"\",x\n",
        "la_name,value\n\"Bristol, City of\",1\n\"Bristol, City of\",2\nBristol,3\n",
    ])
    func readsWhatTheRowReaderReads(text: String) throws {
        let bytes = Array(text.utf8)
        let expected = try CSVReader.read(bytes)
        let table = try CSVColumns.read(bytes)
        #expect(table.columns.map(\.name) == expected.header)
        #expect(rows(table) == expected.rows)
        #expect(table.lines == expected.lines)
    }

    @Test(arguments: CSVReaderTests.malformed)
    func reportsMalformedInputAsTheRowReaderDoes(text: String, expected: String) {
        do {
            _ = try CSVColumns.read(Array(text.utf8))
            Issue.record("accepted \(text)")
        } catch {
            #expect(error.description == expected)
        }
    }

    @Test func rejectsInvalidUTF8NamingItsLine() {
        #expect(throws: CSVError(line: 3, reason: "a field is not valid UTF-8")) {
            try CSVColumns.read(Array("a,b\n1,2\n3,".utf8) + [0xC3, 0x28, 0x0A])
        }
    }
}
