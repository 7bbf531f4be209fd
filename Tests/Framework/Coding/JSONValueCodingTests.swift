import CorporateParenting
import Testing

private struct Sample: Codable, Equatable {
    var name: String
    var count: Int
    var share: Double?
    var tags: [String]
    var nested: [Int: String]?
}

@Suite struct JSONValueCodingTests {
    @Test func encodesWithSortedKeysAndOmitsNil() throws {
        let text = try PackCoding.json(Sample(name: "x", count: 2, share: nil, tags: ["b", "a"], nested: nil))
        #expect(text == "{\n  \"count\": 2,\n  \"name\": \"x\",\n  \"tags\": [\n    \"b\",\n    \"a\"\n  ]\n}\n")
    }

    @Test func roundTrips() throws {
        let sample = Sample(name: "é", count: -3, share: 82.2, tags: [], nested: nil)
        #expect(try PackCoding.decode(Sample.self, from: Array(PackCoding.json(sample).utf8)) == sample)
    }

    @Test func missingListsReadAsEmpty() throws {
        let sample = try PackCoding.decode(Sample.self, from: Array(#"{"name": "x", "count": 1}"#.utf8))
        #expect(sample.tags == [])
    }

    @Test func namesThePlaceOfAShapeError() {
        let text = "{\n  \"name\": \"x\",\n  \"count\": \"many\"\n}"
        do {
            _ = try PackCoding.decode(Sample.self, from: Array(text.utf8))
            Issue.record("decoded")
        } catch {
            #expect(error.description == "at count (line 3, column 12): expected a whole number, found a string.")
            #expect(error.path == "count")
        }
    }

    @Test func namesAMissingKey() {
        do {
            _ = try PackCoding.decode([Sample].self, from: Array(#"[{"name": "x", "count": 1}, {"count": 2}]"#.utf8))
            Issue.record("decoded")
        } catch {
            #expect(error.description.hasPrefix("at [1] (line 1, column 29): the required key \"name\" is missing"))
        }
    }

    @Test func rejectsFractionsWhereWholeNumbersBelong() {
        #expect(throws: PackDecodingError.self) { try PackCoding.decode(Sample.self, from: Array(#"{"name": "x", "count": 1.5}"#.utf8)) }
    }

    @Test func refusesToEncodeNonFiniteNumbers() {
        #expect(throws: EncodingError.self) { try PackCoding.json([Double.nan]) }
    }
}
