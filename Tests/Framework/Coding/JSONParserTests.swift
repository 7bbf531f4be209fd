import CorporateParenting
import Testing

@Suite struct JSONParserTests {
    func parse(_ text: String) throws -> JSONValue { try JSONParser.parse(Array(text.utf8)) }

    @Test func readsEveryKindOfValue() throws {
        let value = try parse(#"{"a": [1, -2.5, 3e2, true, false, null], "b": "x\ty \u00e9 \ud83d\ude00", "c": {}}"#)
        guard case .object(let object) = value else { Issue.record("not an object"); return }
        #expect(object.keys == ["a", "b", "c"])
        #expect(object["a"] == .array([.number(1), .number(-2.5), .number(300), .bool(true), .bool(false), .null]))
        #expect(object["b"] == .string("x\ty é 😀"))
        #expect(object["c"] == .object(JSONObject()))
    }

    @Test func toleratesAByteOrderMark() throws {
        #expect(try JSONParser.parse([0xEF, 0xBB, 0xBF] + Array("[1]".utf8)) == .array([.number(1)]))
    }

    @Test(arguments: [
        ("", "line 1, column 1: the file is empty"),
        ("{\"a\": 1,}", "expected a quoted key"),
        ("[1, 2", "unexpected end of input inside an array"),
        ("{\n  \"a\" 1\n}", "line 2, column 7: expected ':' after the key \"a\""),
        ("[NaN]", "unexpected 'N'"),
        ("[01]", "cannot start with 0"),
        ("[1e999]", "out of range"),
        ("\"abc", "not closed"),
        ("[\"\\ud800\"]", "unpaired surrogate"),
        ("[\"a\u{01}\"]", "control character"),
        ("[1] [2]", "after the JSON value"),
        ("// comment\n[]", "unexpected '/'"),
    ])
    func rejectsInvalidJSONSayingWhere(text: String, expected: String) {
        do {
            _ = try parse(text)
            Issue.record("accepted \(text)")
        } catch let error as JSONSyntaxError {
            #expect(error.description.contains(expected), "\(error)")
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }

    @Test func rejectsInvalidUTF8() {
        #expect(throws: JSONSyntaxError.self) { try JSONParser.parse([0x22, 0xFF, 0xFE, 0x22]) }
    }

    @Test func limitsNesting() {
        let deep = String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
        #expect(throws: JSONSyntaxError.self) { try parse(deep) }
        #expect(throws: Never.self) { try parse(String(repeating: "[", count: 100) + String(repeating: "]", count: 100)) }
    }
}
