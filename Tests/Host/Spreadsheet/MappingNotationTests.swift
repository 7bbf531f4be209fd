import CorporateParenting
@testable import CPSEngine
@testable import CPSKit
import Testing

/// The `mappings` cell: principles, domains, basis and note, one mapping a line, read back as written.
@Suite struct MappingNotationTests {
    static func mapping(_ principles: [Int], _ domains: [String], _ basis: String, note: String? = nil) -> JSONValue {
        var object = JSONObject()
        if !principles.isEmpty { object["principles"] = .array(principles.map { .number(Double($0)) }) }
        if !domains.isEmpty { object["domains"] = .array(domains.map(JSONValue.string)) }
        object["basis"] = .string(basis)
        if let note { object["note"] = .string(note) }
        return .object(object)
    }

    @Test func writesAndReadsBackSeveralMappings() throws {
        let mappings = [
            Self.mapping([1, 3], ["education", "homes"], "stated"),
            Self.mapping([2], [], "judged", note: "the pledge (in part) says: \"we will listen\""),
            Self.mapping([], ["voice"], "stated", note: ""),
        ]
        let cell = try #require(MappingNotation.cell(mappings))
        #expect(cell == "P1 P3 education homes (stated)\nP2 (judged: the pledge (in part) says: \"we will listen\")\nvoice (stated: )")
        #expect(try MappingNotation.mappings(cell).get() == mappings)
    }

    @Test func leavesToTheFieldsCellWhatTheNotationCannotHold() {
        #expect(MappingNotation.cell([Self.mapping([1], [], "stated", note: "two\nlines")]) == nil)
        #expect(MappingNotation.cell([Self.mapping([1], [], "stated", note: " padded")]) == nil)
        #expect(MappingNotation.cell([Self.mapping([1], ["P2"], "stated")]) == nil)
        #expect(MappingNotation.cell([.string("not an object")]) == nil)
    }

    @Test func readsCommasAndLowerCasePrinciples() throws {
        #expect(try MappingNotation.mappings("p1, p2, health (judged)").get() == [Self.mapping([1, 2], ["health"], "judged")])
    }

    @Test func saysWhyALineCannotBeRead() {
        #expect(MappingNotation.mappings("P1 voice") == .failure(MappingNotationError(
            line: "P1 voice", reason: "it does not end with its basis in brackets, as in \"P1 education (stated)\"")))
        #expect(MappingNotation.mappings("P1 (guessed)") == .failure(MappingNotationError(
            line: "P1 (guessed)", reason: "its basis \"guessed\" is not stated or judged")))
    }
}
