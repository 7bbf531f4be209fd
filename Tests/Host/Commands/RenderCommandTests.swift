import Foundation
import Testing

@Suite struct RenderCommandTests {
    @Test func rendersAReadableDocument() {
        let result = CPSHarness.run(["render", "north-east-lincolnshire"])
        #expect(result.status == 0)
        let markdown = result.out
        for heading in ["# Corporate Parenting Strategy 2023-2025", "## Our vision", "## The corporate parenting principles", "## Our priorities",
                        "### 1. Safe, stable and caring places to live and call home", "#### How we will know we are making a difference",
                        "## How the strategy is governed", "## Measures scorecard"] {
            #expect(markdown.contains(heading), "\(heading)")
        }
        #expect(markdown.contains("| Measure | Priority | Baseline | Target | Latest figure |"))
        #expect(!markdown.contains("north-east-lincolnshire-outcome"))
    }

    @Test func rendersHTMLToAFile() throws {
        let file = try CPSHarness.temporaryFolder().appendingPathComponent("sefton.html").path
        let result = CPSHarness.run(["render", "sefton", "--format", "html", "--output", file])
        #expect(result.status == 0)
        let html = try String(contentsOfFile: file, encoding: .utf8)
        #expect(html.contains("<h1>Corporate Parenting Strategy 2023-2025</h1>"))
        #expect(html.contains("chaired by the Cabinet Member for Children&#39;s Social Care"))
        #expect(CPSHarness.run(["render", "sefton", "--format", "csv"]).status == 64)
    }
}
