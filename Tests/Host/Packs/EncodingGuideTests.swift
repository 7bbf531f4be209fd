import CorporateParenting
import CPSEngine
import CPSKit
import Foundation
import Testing

/// docs/encoding-a-council.md gives one example in the DSL and in JSON; they must be the same pack.
@Suite struct EncodingGuideTests {
    static let guide = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("docs/encoding-a-council.md")

    /// The guide's Swift example, typed again here (the guide's block is text, not compiled).
    static let pack = AuthorityPack(
        id: "exampleshire", name: "Exampleshire County Council", ons: "E10000017", dfe: "888", region: "North West",
        document: StrategyDocument(title: "Corporate Parenting Strategy", period: .years(2024, 2027), capture: .whole)
    ) {
        Section("Our priorities", line: 40) {
            Priority("being-heard", "Being heard", label: "Priority 1", number: 1,
                     principles: [2, 3], domains: [.voice], basis: .judged, note: "the priority is about listening") {
                Aim("Every child in our care is heard.")
                Commitment("Ask every child how they want to be involved in their review.",
                           owner: "Participation Officer", timeline: "By March 2025")
                Metric("reviews", "Children who took part in their review", purpose: .monitor, unit: .percent,
                       target: Target(95, .percent, "95% of children take part in their review"),
                       figures: [Figure(88, .percent, kind: .share, group: "children in care", period: "2023-24")])
            }
        }
        Section("Governance", line: 90) {
            Body(.board, "corporate-parenting-board", "Corporate Parenting Board",
                 roles: [.chair("Lead Member for Children's Services"),
                         .member("young people", status: .planned, wording: "will join the Board")],
                 meets: .quarterly)
        }
    }

    func block(_ language: String) throws -> String {
        let text = try String(contentsOf: Self.guide, encoding: .utf8)
        let start = try #require(text.range(of: "```\(language)\n"))
        let end = try #require(text.range(of: "\n```", range: start.upperBound..<text.endIndex))
        return String(text[start.upperBound..<end.lowerBound])
    }

    @Test func theJSONExampleIsTheSwiftExample() throws {
        let read = try PackDecoder().decode(AuthorityPack.self, from: Array(try block("json").utf8))
        #expect(read.report.unknownKeys.isEmpty)
        #expect(read.value == Self.pack)
        #expect(PackValidator.validate(read.value).isEmpty, "\(PackValidator.validate(read.value))")
    }

    @Test func theSwiftBlockIsTheOneTypedHere() throws {
        let swift = try block("swift")
        for line in ["Priority(\"being-heard\", \"Being heard\", label: \"Priority 1\", number: 1,",
                     "Aim(\"Every child in our care is heard.\")",
                     ".member(\"young people\", status: .planned, wording: \"will join the Board\")],"] {
            #expect(swift.contains(line), "the guide's Swift example no longer has: \(line)")
        }
    }
}
