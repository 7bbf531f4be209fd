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

    @Test func writtenTextParsesBackToTheSameValue() throws {
        let value = JSONValue.array([.string("\u{2028}\t€"), .number(-1.5e-7), .bool(false), .null])
        #expect(try JSONParser.parse(Array(JSONWriter.write(value).utf8)) == value)
    }
}
