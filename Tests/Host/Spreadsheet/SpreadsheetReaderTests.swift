import CorporateParenting
@testable import CPSEngine
@testable import CPSKit
import Testing

/// The problems a spreadsheet can have, each with its exact sentence, row and column.
@Suite struct SpreadsheetReaderTests {
    static let head = "kind,id,parent,section,text,owner,mappings,fields\n"
        + "pack,x,,,X Council,,,\n"
        + "document,,,,Plan,,,\"{\"\"period\"\":{\"\"start\"\":\"\"2025\"\"},\"\"capture\"\":\"\"whole\"\"}\"\n"
        + "section,s,,,Section,,,\n"

    /// The messages reading `rows` (after the pack, document and section `s`) gives, as `cps import` prints them.
    static func problems(_ rows: String, head: String = head) -> [String] {
        do {
            _ = try SpreadsheetReader.pack(Array((head + rows).utf8))
            return []
        } catch {
            return CPSError.badRows(file: "plan.csv", problems: error.problems).messages
        }
    }

    @Test func readsAMinimalPlan() throws {
        let pack = try SpreadsheetReader.pack(Array((Self.head + "action,,,s,Do it,Me,P1 (judged),\n").utf8))
        #expect(pack.id == "x")
        #expect(pack.sections.first?.content == [.action(Action(.action, "Do it", owner: "Me", mappings: [Mapping(principles: [1], basis: .judged)]))])
    }

    @Test func readsKindsInAnyCaseAndSkipsClearedRows() throws {
        let pack = try SpreadsheetReader.pack(Array((Self.head + ",,,,,,,\nAction.Commitment,,s,,Do it,,,\n").utf8))
        #expect(pack.sections.first?.content == [.action(Action(.commitment, "Do it"))])
        #expect(Self.problems(",,,,,,,\nactoin,,s,,Do it,,,\n").first?.hasPrefix("plan.csv row 6, column kind:") == true)
    }

    @Test func anIDTwoKindsShareMustSayWhichItMeans() {
        #expect(Self.problems("body.board,s,section:s,,Board,,,\naction,,s,,Do it,,,\n") == [
            "plan.csv row 6, column parent: the id \"s\" belongs to the section on row 4 and the body on row 5; write section:s or body:s to say which.",
        ])
    }

    @Test func aRowCannotSitBeneathItself() {
        #expect(Self.problems("item.priority,a,b,,A,,,\nitem.priority,b,a,,B,,,\n") == [
            "plan.csv row 5, column parent: the parent cell leads back to this row, and a row cannot sit beneath itself.",
            "plan.csv row 6, column parent: the parent cell leads back to this row, and a row cannot sit beneath itself.",
        ])
    }

    @Test func anActionPlanHoldsSectionsOnly() {
        #expect(Self.problems("actionPlan,plan,,,Plan,,,\"{\"\"capture\"\":\"\"partial\"\"}\"\naction,,plan,,Do it,,,\n") == [
            "plan.csv row 6, column parent: an action plan holds sections only, so an action belongs in one of its sections.",
        ])
    }

    @Test func cellsAKindDoesNotHaveAreRefused() {
        #expect(Self.problems("narrative.aim,n1,s,,Aim,Me,P1 (stated),\n") == [
            "plan.csv row 5, column id: a narrative has no id; leave the id cell empty.",
            "plan.csv row 5, column owner: only an action has an owner; leave the owner cell empty for a narrative.",
            "plan.csv row 5, column mappings: a narrative has no mappings; leave the mappings cell empty.",
        ])
    }

    @Test func aSortIsCheckedWithASuggestion() {
        #expect(Self.problems("action.comitment,,s,,Do it,,,\n") == [
            "plan.csv row 5, column kind: an action has no sort \"comitment\" (did you mean action.commitment?); its sorts are commitment, action, improvement, practice, promise.",
        ])
    }

    @Test func aKeyGivenTwiceOrAFieldsCellThatIsNotAnObjectIsRefused() {
        #expect(Self.problems("action,,s,,Do it,,,\"{\"\"text\"\":\"\"Again\"\"}\"\naction,,s,,Do that,,,[1]\n") == [
            "plan.csv row 5, column text: both the text cell and the fields cell give text; give it once.",
            "plan.csv row 6, column fields: the fields cell holds an array, not a JSON object such as {\"status\": \"planned\"}.",
        ])
    }

    @Test func aPackRowsProblemIsFoundWhenThePackIsMade() {
        let head = "kind,id,text,fields\npack,x,,\"{\"\"region\"\":3}\"\ndocument,,Plan,\"{\"\"capture\"\":\"\"whole\"\"}\"\n"
        // Every problem in one run: the missing name and the region that is not a string.
        #expect(Self.problems("", head: head) == ["plan.csv row 2, column text: the text cell is empty; a pack needs its name.",
                                                  "plan.csv row 2, column fields: the fields cell's region cannot be read: expected a string, found a number."])
        let named = "kind,id,text,fields\npack,x,X,\"{\"\"region\"\":3}\"\ndocument,,Plan,\"{\"\"capture\"\":\"\"whole\"\"}\"\n"
        #expect(Self.problems("", head: named) == ["plan.csv row 2, column fields: the fields cell's region cannot be read: expected a string, found a number."])
    }

    @Test func aFileWithoutPackOrDocumentRowsSaysWhatToAdd() {
        #expect(Self.problems("", head: "kind,text\n") == [
            "plan.csv: the file has no pack row; add a row of kind pack with the pack's id in the id column and the council's name in the text column.",
            "plan.csv: the file has no document row; add a row of kind document with the strategy's title in the text column, and its period and capture in the fields cell, such as {\"period\": {\"start\": \"2024\", \"end\": \"2027\"}, \"capture\": \"whole\"}.",
        ])
    }

    @Test func aSyntaxErrorNamesItsLine() {
        #expect(Self.problems("action,,s,,\"unclosed\n") == ["plan.csv: line 5: a quoted field is not closed."])
    }
}
