import CorporateParenting
import CPSEngine

/// Reads the spreadsheet layout (see ``SpreadsheetColumn``) back into a pack: the inverse of
/// ``SpreadsheetWriter``. Columns are found by their header, in any order, any case; rows are placed under the row
/// their `parent` (or, without one, their `section`) names, in the order they come. A row of empty cells (as a
/// spreadsheet saves a cleared row) is skipped, and still counted in the row numbers.
///
/// Every problem is gathered (an unknown kind, a parent no row has, an id given twice, an empty cell the row
/// needs, a `fields` cell that is not JSON or a value of the wrong kind) and thrown together, so a person can put
/// them all right at once. Nothing is made of a spreadsheet with a problem.
///
/// ```swift
/// let pack = try SpreadsheetReader.pack(Array(csvText.utf8))
/// ```
public struct SpreadsheetReader {
    /// Each column's place in a row, by column.
    var places: [SpreadsheetColumn: Int] = [:]
    /// The rows read so far.
    var rows: [SpreadsheetRow] = []
    /// The problems found so far.
    var problems: [SpreadsheetProblem] = []
    /// The ids of rows that could hold others but had problems, so rows naming them are not reported twice.
    var unplaced: Set<String> = []
    /// The kinds of rows that had problems, so a missing pack or document row is not reported as well.
    var unplacedKinds: Set<String> = []
    /// Where each row's object sits in the pack's JSON, with its row number and the columns that gave its keys.
    var rowsByPath: [String: (row: Int, columns: [String: SpreadsheetColumn])] = [:]
    /// The rows that can hold others, by `kind:id`.
    var holders: [String: Int] = [:]
    /// The rows that can hold others, by id alone.
    var holderIDs: [String: [Int]] = [:]

    /// The pack the spreadsheet holds.
    public static func pack(_ bytes: [UInt8]) throws(SpreadsheetProblems) -> AuthorityPack {
        try read(bytes).pack
    }

    /// The pack the spreadsheet holds, and the reader, which can say which row and column a place in the pack
    /// comes from (``place(of:)``).
    public static func read(_ bytes: [UInt8]) throws(SpreadsheetProblems) -> (pack: AuthorityPack, reader: SpreadsheetReader) {
        let table: CSVReader.Table
        do {
            table = try CSVReader.read(bytes)
        } catch {
            throw SpreadsheetProblems(problems: [SpreadsheetProblem(row: nil, column: nil, reason: "line \(error.line): \(error.reason)")])
        }
        var reader = SpreadsheetReader()
        reader.readHeader(table.header)
        guard reader.problems.isEmpty else { throw SpreadsheetProblems(problems: reader.problems) }
        for (offset, cells) in table.rows.enumerated() where !cells.allSatisfy({ $0.trimmingCharacters(in: " ").isEmpty }) {
            reader.readRow(cells, number: offset + 2)
        }
        let tree = reader.placeRows()
        guard reader.problems.isEmpty else { throw SpreadsheetProblems(problems: reader.sortedProblems) }
        let pack = reader.assemble(tree)
        guard reader.problems.isEmpty, let pack else { throw SpreadsheetProblems(problems: reader.sortedProblems) }
        return (pack, reader)
    }

    /// The problems by row (whole-file problems first), each row's in the order found.
    var sortedProblems: [SpreadsheetProblem] {
        problems.enumerated().sorted { ($0.element.row ?? 0, $0.offset) < ($1.element.row ?? 0, $1.offset) }.map(\.element)
    }

    /// Finds each column by its header; an unknown or repeated header, or no `kind` column, is a problem.
    mutating func readHeader(_ header: [String]) {
        let names = SpreadsheetColumn.allCases.map(\.header)
        for (place, given) in header.enumerated() {
            let name = given.trimmingCharacters(in: " ")
            guard let column = SpreadsheetColumn(rawValue: name.lowercased()) else {
                let near = Suggestions.nearest(to: name, among: names)
                let hint = near.isEmpty ? "" : " (did you mean \(near.map { "\"\($0)\"" }.joined(separator: " or "))?)"
                problems.append(SpreadsheetProblem(row: 1, column: nil, reason: "the column \"\(given)\" is not one the layout has\(hint); the columns are \(names.joined(separator: ", "))"))
                continue
            }
            guard places[column] == nil else {
                problems.append(SpreadsheetProblem(row: 1, column: nil, reason: "the column \"\(column.header)\" is given twice"))
                continue
            }
            places[column] = place
        }
        if problems.isEmpty, places[.kind] == nil {
            problems.append(SpreadsheetProblem(row: 1, column: nil, reason: "there is no kind column; each row needs one saying what it is (pack, document, section, action...)"))
        }
    }
}
