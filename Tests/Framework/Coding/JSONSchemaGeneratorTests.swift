import CorporateParenting
import Testing

private struct Guide: Codable {
    var title: String
    var kind: Kind
    var unit: Unit
    var sections: [Part]
    /// Needs a piece: one is made from the union's first case that can be.
    var first: Piece
    var counts: [String: Int]?
    var share: Double?
    var labels: Set<String>
}

private enum Kind: String, SchemaEnum {
    case plan, review
}

/// A string in JSON.
private struct Unit: Codable {
    var rawValue: String
    init(from decoder: any Decoder) throws { rawValue = try decoder.singleValueContainer().decode(String.self) }
    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}

private struct Part: Codable {
    var heading: String
    var entries: [Piece]
    var aside: [Part]?
}

private indirect enum Piece: SingleKeyUnion {
    case part(Part)
    case paragraph(Paragraph)

    static let unionCases: [UnionCase<Piece>] = [
        UnionCase("part", Piece.part) { if case .part(let value) = $0 { value } else { nil } },
        UnionCase("paragraph", Piece.paragraph) { if case .paragraph(let value) = $0 { value } else { nil } },
    ]
}

private struct Paragraph: Codable, SchemaDescribed {
    var text: String

    static var schemaDescription: String { "Running text." }
    static var schemaKeyDescriptions: [String: String] { ["text": "The words."] }
}

private struct Checked: Decodable, CustomJSONSchema {
    var year: Int
    init(from decoder: any Decoder) throws {
        year = try decoder.singleValueContainer().decode(Int.self)
        guard year > 1900 else { throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "Too early.")) }
    }
    init(year: Int) { self.year = year }
    static var jsonSchema: JSONValue { .object(JSONObject([("type", .string("integer")), ("minimum", .number(1901))])) }
    static var schemaPlaceholder: Checked { Checked(year: 2000) }
}

private struct Dated: Decodable {
    var year: Checked
}

private struct Unprobeable: Decodable {
    var year: Int
    init(from decoder: any Decoder) throws {
        year = try decoder.singleValueContainer().decode(Int.self)
        guard year > 1900 else { throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "Too early.")) }
    }
}

@Suite struct JSONSchemaGeneratorTests {
    @Test func writesARecursiveModel() throws {
        let schema = try JSONSchemaGenerator(title: "Guide").schema(for: Guide.self)
        #expect(JSONWriter.write(schema) == """
        {
          "$schema": "https://json-schema.org/draft/2020-12/schema",
          "title": "Guide",
          "$ref": "#/$defs/Guide",
          "$defs": {
            "Guide": {
              "type": "object",
              "properties": {
                "counts": {
                  "type": "object",
                  "additionalProperties": {
                    "type": "integer"
                  }
                },
                "first": {
                  "$ref": "#/$defs/Piece"
                },
                "kind": {
                  "$ref": "#/$defs/Kind"
                },
                "labels": {
                  "type": "array",
                  "items": {
                    "type": "string"
                  },
                  "uniqueItems": true
                },
                "sections": {
                  "type": "array",
                  "items": {
                    "$ref": "#/$defs/Part"
                  }
                },
                "share": {
                  "type": "number"
                },
                "title": {
                  "type": "string"
                },
                "unit": {
                  "type": "string"
                }
              },
              "required": [
                "first",
                "kind",
                "labels",
                "title",
                "unit"
              ],
              "additionalProperties": false
            },
            "Kind": {
              "type": "string",
              "enum": [
                "plan",
                "review"
              ]
            },
            "Paragraph": {
              "description": "Running text.",
              "type": "object",
              "properties": {
                "text": {
                  "description": "The words.",
                  "type": "string"
                }
              },
              "required": [
                "text"
              ],
              "additionalProperties": false
            },
            "Part": {
              "type": "object",
              "properties": {
                "aside": {
                  "type": "array",
                  "items": {
                    "$ref": "#/$defs/Part"
                  }
                },
                "entries": {
                  "type": "array",
                  "items": {
                    "$ref": "#/$defs/Piece"
                  }
                },
                "heading": {
                  "type": "string"
                }
              },
              "required": [
                "heading"
              ],
              "additionalProperties": false
            },
            "Piece": {
              "oneOf": [
                {
                  "type": "object",
                  "properties": {
                    "part": {
                      "$ref": "#/$defs/Part"
                    }
                  },
                  "required": [
                    "part"
                  ],
                  "additionalProperties": false
                },
                {
                  "type": "object",
                  "properties": {
                    "paragraph": {
                      "$ref": "#/$defs/Paragraph"
                    }
                  },
                  "required": [
                    "paragraph"
                  ],
                  "additionalProperties": false
                }
              ]
            }
          }
        }
        """)
    }

    @Test func acceptsOneOrMany() throws {
        let schema = try JSONSchemaGenerator().schema(for: Paragraph.self, oneOrMany: true)
        #expect(JSONWriter.write(schema, compact: true).hasPrefix(##"{"$schema":"https://json-schema.org/draft/2020-12/schema","oneOf":[{"$ref":"#/$defs/Paragraph"},{"type":"array","items":{"$ref":"#/$defs/Paragraph"},"minItems":1}]"##))
    }

    @Test func usesACustomSchemaAndSaysWhyATypeCannotBeProbed() throws {
        let schema = try JSONSchemaGenerator().schema(for: Dated.self)
        #expect(JSONWriter.write(schema, compact: true).contains(#""year":{"type":"integer","minimum":1901}"#))
        #expect(throws: JSONSchemaGenerator.Failure.self) { try JSONSchemaGenerator().schema(for: Unprobeable.self) }
    }
}
