import CorporateParenting
import Testing

private enum Shape: SingleKeyUnion, Equatable {
    case circle(Circle)
    case label(String)

    static let unionCases: [UnionCase<Shape>] = [
        UnionCase("circle", Shape.circle) { if case .circle(let value) = $0 { value } else { nil } },
        UnionCase("label", Shape.label) { if case .label(let value) = $0 { value } else { nil } },
    ]
}

private struct Circle: Codable, Equatable {
    var radius: Double
}

private struct TextBlock: SingleKeyUnion {
    static let unionCases: [UnionCase<TextBlock>] = []
}

@Suite struct SingleKeyUnionTests {
    @Test func encodesAsAnObjectWithOneKey() throws {
        let text = JSONWriter.write(try JSONValueEncoder().encode([Shape.circle(Circle(radius: 2)), .label("x")]), compact: true)
        #expect(text == #"[{"circle":{"radius":2}},{"label":"x"}]"#)
        #expect(try PackDecoder().decode([Shape].self, from: Array(text.utf8)).value == [.circle(Circle(radius: 2)), .label("x")])
    }

    @Test func namesItselfInWordsFromTheTypeName() {
        #expect(Shape.unionName == "shape")
        #expect(TextBlock.unionName == "text block")
    }

    @Test func saysWhichKeysAreAllowed() {
        do {
            _ = try PackDecoder().decode(Shape.self, from: Array(#"{"circel": {"radius": 1}}"#.utf8))
            Issue.record("decoded")
        } catch {
            #expect(error.description == #"at circel (line 1, column 12): expected exactly one of "circle", "label" as the shape's key; found "circel" (did you mean "circle"?)."#)
        }
        do {
            _ = try PackDecoder().decode(Shape.self, from: Array(#"{"square": 1}"#.utf8))
            Issue.record("decoded")
        } catch {
            #expect(error.description.hasSuffix(#"found "square"."#))
        }
    }
}
