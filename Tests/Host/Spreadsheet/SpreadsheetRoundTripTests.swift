import CorporateParenting
@testable import CPSEngine
@testable import CPSKit
import Testing

/// Writing a pack in the spreadsheet layout and reading it back gives the same pack, whatever its texts hold.
@Suite struct SpreadsheetRoundTripTests {
    @Test func aPackWithEverythingTheCouncilsLackComesBackTheSame() throws {
        let pack = SpreadsheetFixture.pack
        let csv = try SpreadsheetWriter.csv(pack)
        #expect(try SpreadsheetReader.pack(Array(csv.utf8)) == pack)
    }

    @Test func formulasAreNeutralisedInTheFile() throws {
        let rows = try SpreadsheetWriter.rows(SpreadsheetFixture.pack)
        let text = try #require(rows.first?.firstIndex(of: "text"))
        let texts = rows.map { $0[text] }
        #expect(texts.contains("'=SUM(A1)"))
        #expect(texts.contains("''=already quoted"))
        #expect(texts.contains("'Tis the season"))
        #expect(texts.contains("-3.5"))
        #expect(!texts.contains("=SUM(A1)"))
        #expect(rows.allSatisfy { $0.allSatisfy { CSV.neutralised($0) == $0 } })
    }

    @Test func whatACellCannotHoldGoesInTheFieldsCell() throws {
        let rows = try SpreadsheetWriter.rows(SpreadsheetFixture.pack)
        let header = try #require(rows.first)
        let text = try #require(header.firstIndex(of: "text")), fields = try #require(header.firstIndex(of: "fields"))
        let tabbed = try #require(rows.first { $0[fields].contains(#""text":"a\ttab""#) })
        #expect(tabbed[text] == "")
        let item = try #require(rows.first { $0[text] == "'=Homes" })
        #expect(item[fields].contains(#""note":"first line\nsecond line""#))
    }

    @Test func aSharedIDIsWrittenWithItsKind() throws {
        let rows = try SpreadsheetWriter.rows(SpreadsheetFixture.pack)
        let header = try #require(rows.first)
        let parent = try #require(header.firstIndex(of: "parent")), kind = try #require(header.firstIndex(of: "kind"))
        #expect(rows.contains { $0[kind] == "item.priority" && $0[parent] == "section:shared" })
        #expect(rows.contains { $0[kind] == "action.commitment" && $0[parent] == "item:shared" })
        #expect(rows.contains { $0[kind] == "section" && $0[parent] == "action-plan-1" })
    }
}
