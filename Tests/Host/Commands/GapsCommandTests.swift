import Foundation
@testable import CPSEngine
@testable import CPSKit
import Testing

/// `cps gaps --rules` and the document generated from it.
@Suite struct GapsCommandTests {
    @Test func theGapRulesDocumentIsUpToDate() throws {
        let file = SchemaTests.root.appendingPathComponent("docs/gap-rules.md")
        let documented = try String(contentsOf: file, encoding: .utf8)
        #expect(documented == CPSHarness.run(["gaps", "--rules", "--format", "markdown"]).out,
                "regenerate with: swift run cps gaps --rules --format markdown > docs/gap-rules.md")
    }

    @Test func listsEveryRuleWithItsExamples() throws {
        let result = CPSHarness.run(["gaps", "--rules", "--format", "json"])
        #expect(result.status == 0)
        let rules = try #require(try JSONSerialization.jsonObject(with: Data(result.out.utf8)) as? [[String: Any]])
        #expect(rules.compactMap { $0["id"] as? String } == GapRuleRegistry.descriptions.map(\.id))
        #expect(rules.allSatisfy { ($0["triggering"] as? [Any])?.isEmpty == false && ($0["nonTriggering"] as? [Any])?.isEmpty == false })
    }

    @Test func theHelpPointsAtTheRules() {
        let help = CPSHarness.run(["gaps", "--help"]).out
        #expect(help.contains("docs/gap-rules.md"))
        for id in GapRuleRegistry.descriptions.map(\.id) { #expect(help.contains(id)) }
    }

    @Test func jsonGivesEachGapItsSentenceAndItems() throws {
        let result = CPSHarness.run(["gaps", "sefton", "--as-of", "2026-11-23", "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.out.utf8)) as? [String: Any])
        let gaps = try #require(object["gaps"] as? [[String: Any]])
        #expect(gaps.first?["rule"] as? String == "period-ended")
        #expect(gaps.first?["severity"] as? String == "error")
        #expect(gaps.allSatisfy { ($0["message"] as? String)?.hasSuffix(".") == true })
        let items = gaps.first { $0["rule"] as? String == "priority-without-measure" }?["items"] as? [String]
        #expect(items?.count == 5)
    }
}
