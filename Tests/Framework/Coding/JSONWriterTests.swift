import CorporateParenting
import Testing

@Suite struct JSONWriterTests {
    @Test func printsIndentedWithEmptyContainersCompact() {
        let value = JSONValue.object(JSONObject([
            ("list", .array([.number(1), .number(82.2)])),
            ("empty", .array([])),
            ("none", .object(JSONObject())),
            ("text", .string("a \"quote\", a \\ and a\nline, \u{01}é/")),
        ]))
        #expect(JSONWriter.write(value) == """
        {
          "list": [
            1,
            82.2
          ],
          "empty": [],
          "none": {},
          "text": "a \\"quote\\", a \\\\ and a\\nline, \\u0001é/"
        }
        """)
        #expect(JSONWriter.write(value, compact: true).hasPrefix(#"{"list":[1,82.2],"empty":[]"#))
    }

    @Test(arguments: [(1.0, "1"), (-0.0, "0"), (82.2, "82.2"), (0.1, "0.1"), (1e21, "1e+21"), (-45.3, "-45.3"), (111.4, "111.4")])
    func printsNumbersAsDocumentsDo(number: Double, text: String) {
        #expect(JSONWriter.format(number) == text)
    }

    /// Controls, DEL, C1, the separators and the bidirectional controls are escaped, so JSON printed to a terminal
    /// cannot act on it, and the value read back is the same.
    @Test func escapesEveryCharacterATerminalWouldActOn() throws {
        let text = "\u{1B}]0;T\u{07} \u{7F}\u{85}\u{9B}\u{9F}\u{A0}£ \u{2028}\u{2029}\u{202A}\u{202E}\u{2027}\u{202F} \u{2066}\u{2069}\u{2065}’"
        let json = JSONWriter.write(.string(text))
        #expect(json == #""\u001b]0;T\u0007 \u007f\u0085\u009b\u009f\#u{A0}£ \u2028\u2029\u202a\u202e\#u{2027}\#u{202F} \u2066\u2069\#u{2065}’""#)
        #expect(try JSONParser.parse(Array(json.utf8)) == .string(text))
    }

    @Test func writtenTextParsesBackToTheSameValue() throws {
        let value = JSONValue.array([.string("\u{2028}\t€"), .number(-1.5e-7), .bool(false), .null])
        #expect(try JSONParser.parse(Array(JSONWriter.write(value).utf8)) == value)
    }
}
