@testable import CPSEngine
@testable import CPSKit
import Foundation
import Testing

/// Text output through the real binary fits `COLUMNS` and never splits a word: every word of every cell that
/// `--format csv` gives (every council id, measure id, rule, date and number) appears whole in the text.
@Suite(.enabled(if: BadInputTests.binary != nil, "The cps binary is not built beside the tests."))
struct TableWidthTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var command: [String]
        var width: Int
        var testDescription: String { "COLUMNS=\(width) cps \(command.joined(separator: " "))" }
    }

    static let commands = [
        ["list"], ["measures"], ["gaps", "lancashire"], ["gaps", "north-east-lincolnshire"],
        ["compare", "lancashire", "sefton"], ["compare", "north-east-lincolnshire", "sefton", "lancashire"],
    ]
    static let cases = commands.flatMap { command in [60, 80, 120].map { Case(command: command, width: $0) } }

    /// The words of the CSV's cells that the text shows: all of them, except that a comparison's long table
    /// adds a section column and names its first row's facet ("differences", "what stands out") in its own words,
    /// and gaps' CSV adds the authority, every listed entry's id and the capture note to the text's severity,
    /// rule, subject and sentence.
    /// A cell the CSV neutralised for spreadsheets ("'-1.36 ...") is read without its apostrophe.
    static func words(ofCSV csv: String, command: [String]) throws -> [Substring] {
        let table = try CSVReader.read(Array(csv.utf8))
        let cells = table.rows.enumerated().flatMap { index, row in
            switch command[0] {
            case "compare": Array(row.dropFirst(index == 0 ? 2 : 1))
            case "gaps": Array(row[1...4])
            default: row
            }
        }
        return cells.flatMap { cell in
            let shown = cell.hasPrefix("'") && cell.dropFirst().first.map("=+-@".contains) == true ? String(cell.dropFirst()) : cell
            return shown.split(whereSeparator: \.isWhitespace)
        }
    }

    @Test(arguments: cases)
    func textFitsTheWidthAndKeepsEveryWordWhole(_ test: Case) throws {
        let folder = try CPSHarness.temporaryFolder()
        let text = try RealBinary.run(test.command, in: folder, environment: ["COLUMNS": String(test.width)])
        #expect(text.status == 0, "\(test): \(text.error)")
        #expect(text.error.isEmpty)
        let wide = text.lines.filter { $0.count > test.width }
        #expect(wide.isEmpty, "\(test): lines wider than \(test.width): \(wide)")

        let csv = try RealBinary.run(test.command + ["--format", "csv"], in: folder)
        #expect(csv.status == 0, "\(test) --format csv: \(csv.error)")
        let expected = try Self.words(ofCSV: csv.out, command: test.command)
        #expect(expected.count > 20, "\(test): the CSV has too few words to check")
        let shown = Set(text.out.split(whereSeparator: \.isWhitespace))
        // A word wider than the width less the record layout's indent cannot be shown whole; it is cut into
        // indented lines that fill the width (DfE's 77-character file name at 60 columns).
        let (cut, whole) = (expected.filter { $0.count > test.width - 2 }, expected.filter { $0.count <= test.width - 2 })
        let split = Set(whole.filter { !shown.contains($0) })
        #expect(split.isEmpty, "\(test): words not shown whole: \(split.sorted())")
        let joined = text.out.replacingOccurrences(of: "\n  ", with: "")
        #expect(cut.allSatisfy { joined.contains($0) }, "\(test): a word longer than the width is lost")
    }

    /// Every council id and every measure id a user must type is on a line of its own making at 80 columns:
    /// whole, and not run into a neighbouring cell.
    @Test func idsAreWholeAt80Columns() throws {
        let folder = try CPSHarness.temporaryFolder()
        for (command, ids) in [(["list"], ["lancashire", "leicestershire", "middlesbrough", "north-east-lincolnshire", "sefton"]),
                               (["measures"], ["placement-stability-short-term", "care-leavers-suitable-accommodation-19-21", "pep-completion"])] {
            let text = try RealBinary.run(command, in: folder, environment: ["COLUMNS": "80"])
            #expect(text.status == 0)
            for id in ids {
                #expect(text.lines.contains { $0.split(separator: " ").contains(Substring(id)) }, "\(command): \(id) is not shown whole")
            }
            #expect(!text.out.contains("Lancashi\n"), "\(command): a word is cut")
        }
    }

    /// Piped with no `COLUMNS`, output fits 80 columns: exactly what `COLUMNS=80` gives.
    @Test(arguments: [["list"], ["measures"], ["compare", "lancashire", "sefton"]])
    func pipedOutputAssumes80Columns(command: [String]) throws {
        let folder = try CPSHarness.temporaryFolder()
        let piped = try RealBinary.run(command, in: folder)
        let at80 = try RealBinary.run(command, in: folder, environment: ["COLUMNS": "80"])
        let at100 = try RealBinary.run(command, in: folder, environment: ["COLUMNS": "100"])
        #expect(piped.status == 0)
        #expect(piped.out == at80.out)
        #expect(piped.lines.allSatisfy { $0.count <= 80 })
        if command != ["measures"] {
            // The width makes a difference to these, so the comparison above says something.
            #expect(piped.out != at100.out)
        }
    }
}
