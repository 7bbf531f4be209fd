import CorporateParenting
import Testing

private struct Shelf: Codable, Equatable {
    var books: [Volume]
}

private struct Volume: Codable, Equatable {
    var title: String
}

/// What the decoder reports of wide arrays and objects, found in one walk (paths of unknown and repeated keys) or
/// with each container listed once (offsets, allowed keys), must be what following each path alone gives.
@Suite struct WideJSONTests {
    static let count = 300

    /// A shelf of `count` books, every third with an unknown key, every fifth giving its title twice, on lines of
    /// their own, with a non-ASCII title now and then so columns count characters.
    static let text: String = {
        let books = (0..<count).map { number in
            var members = ["\"title\": \"\(number % 7 == 0 ? "Été" : "Book") \(number)\""]
            if number % 3 == 0 { members.append("\"extra\": \(number)") }
            if number % 5 == 0 { members.append("\"title\": \"Again \(number)\"") }
            return "  {" + members.joined(separator: ", ") + "}"
        }
        return "{\"books\": [\n" + books.joined(separator: ",\n") + "\n], \"shelf\": {\"x\": 1}}"
    }()

    @Test func unknownAndRepeatedKeysOfAWideArrayHaveTheirPaths() throws {
        let (shelf, report) = try PackDecoder().decode(Shelf.self, from: Array(Self.text.utf8))
        #expect(shelf.books.count == Self.count)
        // By the object they are in, in file order: the shelf's own first.
        let unknown = ["shelf"] + stride(from: 0, to: Self.count, by: 3).map { "books[\($0)].extra" }
        #expect(report.unknownKeys.map(\.path) == unknown)
        #expect(report.duplicateKeys.map(\.path) == stride(from: 0, to: Self.count, by: 5).map { "books[\($0)].title" })
        let bytes = Array(Self.text.utf8)
        #expect(report.unknownKeys.dropFirst().allSatisfy { bytes[$0.offset] >= UInt8(ascii: "0") && bytes[$0.offset] <= UInt8(ascii: "9") })
    }

    @Test func offsetsOfManyPathsAreEachPathsOwn() throws {
        let (_, report) = try PackDecoder().decode(Shelf.self, from: Array(Self.text.utf8))
        let paths = (0..<Self.count).reversed().map { "books[\($0)].title" } + ["books[\(Self.count)]", "books", "", "shelf.x", "books[2].nothing"]
        let offsets = report.offsets(of: paths)
        #expect(offsets == paths.map { report.offset(of: $0) })
        let lines = Self.text.split(separator: "\n", omittingEmptySubsequences: false)
        for number in [0, 1, 5, 7, 150, Self.count - 1] {
            let offset = try #require(offsets[Self.count - 1 - number])
            let position = TextPosition(offset: offset, in: Array(Self.text.utf8))
            #expect(position.line == number + 2)
            let title = number % 5 == 0 ? "\"Again \(number)\"" : "\"\(number % 7 == 0 ? "Été" : "Book") \(number)\""
            #expect(lines[position.line - 1].dropFirst(position.column - 1).hasPrefix(title), "books[\(number)]: the last title given")
        }
        #expect(offsets.suffix(5).map { $0 == nil } == [true, false, false, false, true])
        #expect(report.allowedKeys(at: ["books[0]", "books[299]", "", "books[300]"]) == [["title"], ["title"], ["books"], []])
    }

    @Test func positionsOfManyOffsetsAreEachOffsetsOwn() {
        let bytes = Array(Self.text.utf8)
        let offsets = [bytes.count + 5, 0, 17, bytes.count - 1, 17, -1] + stride(from: bytes.count - 2, to: 1, by: -97).map { $0 }
        let positions = TextPosition.positions(of: offsets, in: bytes)
        #expect(positions == offsets.map { TextPosition(offset: max($0, 0), in: bytes) })
        #expect(positions[0] == TextPosition(offset: bytes.count, in: bytes))
    }
}
