import CorporateParenting
import Testing

private struct Book: Codable, Equatable {
    var title: String
    var chapters: [Chapter]
    var tags: [String]
    var rating: Int?
}

private struct Chapter: Codable, Equatable {
    var heading: String
    var pages: Int
    var blocks: [Block]
}

private enum Block: SingleKeyUnion, Equatable {
    case note(Note)
    case chapter(Chapter)

    static let unionCases: [UnionCase<Block>] = [
        UnionCase("note", Block.note) { if case .note(let value) = $0 { value } else { nil } },
        UnionCase("chapter", Block.chapter) { if case .chapter(let value) = $0 { value } else { nil } },
    ]
}

private struct Note: Codable, Equatable {
    var text: String
}

/// Decodes through nested containers and `superDecoder`.
private struct Framed: Decodable, Equatable {
    init(inner: Int, list: [String], base: Note, empty: Bool) {
        self.inner = inner
        self.list = list
        self.base = base
        self.empty = empty
    }

    var inner: Int
    var list: [String]
    var base: Note
    var empty: Bool

    enum Keys: String, CodingKey { case frame, list, base, empty }
    enum FrameKeys: String, CodingKey { case inner }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: Keys.self)
        inner = try container.nestedContainer(keyedBy: FrameKeys.self, forKey: .frame).decode(Int.self, forKey: .inner)
        var unkeyed = try container.nestedUnkeyedContainer(forKey: .list)
        var list: [String] = []
        while !unkeyed.isAtEnd { if try unkeyed.decodeNil() { continue }; list.append(try unkeyed.decode(String.self)) }
        self.list = list
        base = try Note(from: container.superDecoder(forKey: .base))
        empty = try container.decodeNil(forKey: .empty)
    }
}

@Suite struct PackDecoderTests {
    func decode<T: Decodable>(_ type: T.Type, _ text: String) throws(PackDecodingError) -> (value: T, report: DecodingReport) {
        try PackDecoder().decode(type, from: Array(text.utf8))
    }

    func error<T: Decodable>(_ type: T.Type, _ text: String) -> String {
        do {
            _ = try decode(type, text)
            return "decoded"
        } catch {
            return error.description
        }
    }

    @Test func notesUnknownKeysOutermostOnlyIncludingInArraysAndUnionPayloads() throws {
        let text = #"{"title": "t", "extra": {"deep": 1}, "chapters": [{"heading": "h", "pages": 1, "pagez": 2, "blocks": [{"note": {"text": "x", "colour": "red"}}]}]}"#
        let (_, report) = try decode(Book.self, text)
        #expect(report.unknownKeys.map(\.path) == ["extra", "chapters[0].pagez", "chapters[0].blocks[0].note.colour"])
        let bytes = Array(text.utf8)
        #expect(report.unknownKeys.map { bytes[$0.offset] } == [UInt8(ascii: "{"), UInt8(ascii: "2"), UInt8(ascii: "\"")])
        #expect(report.allowedKeys(at: "chapters[0]") == ["blocks", "heading", "pages"])
        // A union's object asks only for the key it holds; any other key is an error that names the allowed ones.
        #expect(report.allowedKeys(at: "chapters[0].blocks[0]") == ["note"])
        #expect(report.allowedKeys(at: "") == ["chapters", "rating", "tags", "title"])
    }

    @Test func aRepeatedKeyReadsAsItsLastValueAndIsNoted() throws {
        let text = #"{"title": "first", "chapters": [], "title": "second"}"#
        let (book, report) = try decode(Book.self, text)
        #expect(book.title == "second")
        #expect(report.duplicateKeys == [KeyNote(path: "title", offset: 35)])
        #expect(report.unknownKeys.isEmpty)
    }

    @Test func notesEveryStringWithItsPathAndKey() throws {
        let (_, report) = try decode(Book.self, #"{"title": "T", "tags": ["a", "b"], "chapters": [{"heading": "H", "pages": 2, "blocks": [{"note": {"text": "N"}}]}]}"#)
        #expect(report.strings.map { "\($0.path)|\($0.key)|\($0.text)" } == [
            "title|title|T", "chapters[0].heading|heading|H", "chapters[0].blocks[0].note.text|text|N", "tags[0]|tags|a", "tags[1]|tags|b",
        ])
    }

    @Test func aMissingKeyIsPlacedAtTheObjectThatLacksIt() {
        let text = "{\n  \"title\": \"t\",\n  \"chapters\": [\n    {\"heading\": \"a\", \"pages\": 1},\n    {\"pages\": 2}\n  ]\n}"
        #expect(error(Book.self, text) == "at chapters[1] (line 5, column 5): the required key \"heading\" is missing.")
    }

    @Test func aTypeMismatchIsPlacedAtTheValue() {
        #expect(error(Book.self, "{\"title\": 3}") == "at title (line 1, column 11): expected a string, found a number.")
        #expect(error(Book.self, "{\"title\": \"t\", \"rating\": 1.5}") == "at rating (line 1, column 26): expected a whole number, found 1.5.")
        #expect(error(UInt8.self, "300") == "at the top level (line 1, column 1): expected a whole number from 0 to 255, found 300.")
        #expect(error(Bool.self, "null") == "at the top level (line 1, column 1): expected true or false, found null.")
    }

    @Test func aWrongUnionKeyNamesTheAllowedKeysAndTheNearest() {
        let text = "{\"title\": \"t\", \"chapters\": [{\"heading\": \"h\", \"pages\": 1, \"blocks\": [\n  {\"nott\": {}}]}]}"
        #expect(error(Book.self, text) == #"at chapters[0].blocks[0].nott (line 2, column 12): expected exactly one of "note", "chapter" as the block's key; found "nott" (did you mean "note"?)."#)
        let several = #"{"title": "t", "chapters": [{"heading": "h", "pages": 1, "blocks": [{"note": {"text": ""}, "chapter": {}}]}]}"#
        #expect(error(Book.self, several) == #"at chapters[0].blocks[0] (line 1, column 69): expected exactly one of "note", "chapter" as the block's key; found "note", "chapter"."#)
        #expect(error(Block.self, "{}") == #"at the top level (line 1, column 1): expected exactly one of "note", "chapter" as the block's key; found an empty object."#)
    }

    @Test func missingOrNullArraysReadAsEmpty() throws {
        #expect(try decode(Book.self, #"{"title": "t", "tags": null}"#).value == Book(title: "t", chapters: [], tags: [], rating: nil))
    }

    @Test func readsOneValueOrAnArrayOfThem() throws {
        let one = try PackDecoder().decodeOneOrMany(Note.self, from: Array(#"{"text": "a"}"#.utf8))
        #expect(one.values.map(\.place) == [""])
        let many = try PackDecoder().decodeOneOrMany(Note.self, from: Array(#"[{"text": "a"}, {"text": "b", "x": 1}]"#.utf8))
        #expect(many.values.map(\.place) == ["[0]", "[1]"])
        #expect(many.values.map(\.value.text) == ["a", "b"])
        #expect(many.report.unknownKeys.map(\.path) == ["[1].x"])
        #expect(throws: PackDecodingError.shape(path: "", reason: "the file holds an empty array, not a note", position: TextPosition(offset: 0, in: Array("[]".utf8)))) {
            try PackDecoder().decodeOneOrMany(Note.self, from: Array("[]".utf8), noun: "a note")
        }
    }

    @Test func findsTheOffsetOfAPathWithoutReadingAgain() throws {
        let text = "{\"title\": \"t\",\n \"chapters\": [{\"heading\": \"h\", \"pages\": 4}]}"
        let (_, report) = try decode(Book.self, text)
        #expect(report.offset(of: "chapters[0].pages").map { TextPosition(offset: $0, in: Array(text.utf8)).description } == "line 2, column 41")
        #expect(report.offset(of: "") == 0)
        #expect(report.offset(of: "chapters[3]") == nil)
    }

    @Test func supportsNestedContainersSuperDecodersAndNil() throws {
        let (value, report) = try decode(Framed.self, #"{"frame": {"inner": 7}, "list": ["a", null, "b"], "base": {"text": "s"}, "empty": null}"#)
        #expect(value == Framed(inner: 7, list: ["a", "b"], base: Note(text: "s"), empty: true))
        #expect(report.unknownKeys.isEmpty)
        let missing = error(Framed.self, #"{"list": []}"#)
        #expect(missing == "at the top level (line 1, column 1): the required key \"frame\" is missing.")
    }

    @Test(arguments: [
        ("", "Line 1, column 1: the file is empty; expected a JSON value."),
        ("{\"text\": \"a\"} x", "Line 1, column 15: unexpected 'x' after the JSON value."),
        ("{\"text\": \"a\",}", "Line 1, column 14: expected a quoted key, found '}'."),
        (String(repeating: "[", count: 200), "Line 1, column 129: arrays and objects are nested more than 128 deep."),
    ])
    func reportsSyntaxErrorsAsTheParserDoes(text: String, expected: String) {
        #expect(error(Note.self, text) == expected)
    }

    @Test func toleratesAByteOrderMark() throws {
        #expect(try PackDecoder().decode(Note.self, from: [0xEF, 0xBB, 0xBF] + Array(#"{"text": "a"}"#.utf8)).value == Note(text: "a"))
    }

    @Test func roundTripsThroughTheEncoder() throws {
        let book = Book(title: "é \"q\"", chapters: [
            Chapter(heading: "one", pages: 3, blocks: [.note(Note(text: "n")), .chapter(Chapter(heading: "inner", pages: 0, blocks: []))]),
        ], tags: ["x"], rating: -2)
        let text = JSONWriter.write(try JSONValueEncoder().encode(book))
        let (decoded, report) = try decode(Book.self, text)
        #expect(decoded == book)
        #expect(report.unknownKeys.isEmpty && report.duplicateKeys.isEmpty)
    }
}
