import Foundation
import Testing

/// A pack with 50,000 findings, five rules' worth in 10,000 metrics (5.4 MB): before, in a debug build, the
/// 5,000-finding pack took 35 s and the 10,000-finding one 136 s, growing with the square, so this one would take
/// about an hour, a hundred times the limit; now about a second.
extension ScaleTests {
    static let brokenMetrics = 10_000
    static let findingsLimit = 30.0

    @Test(.enabled(if: BadInputTests.binary != nil, "The cps binary is not built beside the tests."))
    func fiftyThousandFindingsAreCountedAndTheFirstHundredOfEachRuleListed() throws {
        let file = try write(try ScalePacks.brokenMetrics(Self.brokenMetrics), "broken.json")
        let result = try run(["validate", file], limit: Self.findingsLimit)
        #expect(result.status == 1)
        for rule in ScalePacks.brokenRules {
            #expect(result.lines.filter { $0.contains(" [\(rule)] ") }.count == 100, "\(rule)")
            #expect(result.lines.contains("\(file): and 9900 more findings of rule \(rule), not shown (10000 in all; `--findings-per-rule all` shows every one)."))
        }
        // Unknown keys (10,000 of them) are errors unless --allow-unknown is given; the prompts add one unfilled-pack warning.
        #expect(result.lines.last == "1 file checked: 30000 errors, 20001 warnings; 49500 findings are not shown (at most 100 of each rule in each file).")
    }

    @Test(.enabled(if: BadInputTests.binary != nil, "The cps binary is not built beside the tests."))
    func fiftyThousandFindingsInJSONGiveEachRulesTotal() throws {
        let file = try write(try ScalePacks.brokenMetrics(Self.brokenMetrics), "broken.json")
        let result = try run(["validate", file, "--format", "json"], limit: Self.findingsLimit)
        #expect(result.status == 1)
        let report = try #require(try JSONSerialization.jsonObject(with: Data(result.out.utf8)) as? [String: Any])
        #expect(report["shownPerRule"] as? Int == 100)
        let files = try #require(report["files"] as? [[String: Any]])
        let findings = try #require(files.first?["findings"] as? [[String: Any]])
        #expect(findings.count == 501)
        let counts = try #require(files.first?["counts"] as? [[String: Any]])
        // Each broken rule 10,000 times, and the one summary of the prompts left.
        #expect(Set(counts.compactMap { $0["rule"] as? String }) == Set(ScalePacks.brokenRules + ["unfilled-pack"]))
        #expect(counts.filter { $0["rule"] as? String != "unfilled-pack" }.allSatisfy { $0["total"] as? Int == 10_000 && $0["shown"] as? Int == 100 })
        let markdown = try run(["validate", file, "--format", "markdown"], limit: Self.findingsLimit)
        #expect(markdown.out.contains("\(file): and 9900 more findings of rule unknown-key, not shown (10000 in all;"))
    }
}
