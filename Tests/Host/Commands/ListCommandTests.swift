import BuiltInAuthorities
import CorporateParenting
import CPSEngine
import CPSKit
import Foundation
import Testing

@Suite struct ListCommandTests {
    @Test func listsTheBuiltInCouncils() {
        let result = CPSHarness.run(["list"])
        #expect(result.status == 0)
        for id in ["lancashire", "leicestershire", "middlesbrough", "north-east-lincolnshire", "sefton"] {
            #expect(result.out.contains(id))
        }
        #expect(result.out.split(separator: "\n").allSatisfy { $0.count <= 100 })
    }

    @Test func jsonHoldsOneSummaryPerCouncilInTheDocumentsTerms() throws {
        let result = CPSHarness.run(["list", "--format", "json"])
        let summaries = try #require(try JSONSerialization.jsonObject(with: Data(result.out.utf8)) as? [[String: Any]])
        #expect(summaries.map { $0["id"] as? String } == BuiltInRegistry.packs.map(\.id).sorted())
        let sefton = try #require(summaries.first { $0["id"] as? String == "sefton" })
        let pack = try #require(BuiltInRegistry.packs.first { $0.id == "sefton" })
        let index = PackIndex(pack)
        let items = try #require(sefton["items"] as? [[String: Any]])
        #expect(items.count == 1 && items.first?["level"] as? String == "priority" && items.first?["count"] as? Int == 5)
        #expect(sefton["actions"] as? Int == index.actions.count)
        #expect(sefton["metricsMonitored"] as? Int == index.evidence.filter { $0.value.kind == .metric && $0.value.purpose == .monitor }.count)
        #expect(sefton["bodies"] as? Int == index.bodies.count)
        #expect(sefton["capture"] as? String == "whole")
        #expect((sefton["period"] as? [String: String]) == ["start": "2023", "end": "2025"])
    }

    @Test func countsItemsByTheLevelsTheDocumentNames() {
        let summary = AuthoritySummary(ViewFixture.authority)
        #expect(summary.itemsText == "1 priority")
        #expect((summary.actions, summary.metricsMonitored, summary.bodies) == (1, 1, 1))
        var pack = ViewFixture.pack
        pack.document.capture = .partial
        let text = TextRenderer(width: 200).render(AuthorityListView([LoadedAuthority(pack: pack, origin: .builtIn(module: "Fixture"))]).document())
        #expect(text.contains("fixture  Fixture Council  North West  2024-2026  1 priority"))
        #expect(text.contains("Not wholly captured (counts are of what the pack holds): fixture."))
    }

    @Test func csvHasAHeaderAndOneRowPerCouncil() throws {
        let lines = CPSHarness.run(["list", "--format", "csv"]).out.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(lines.count == BuiltInRegistry.packs.count + 1)
        #expect(lines[0] == "Id,Council,Region,Period,Items,Actions,Metrics,Bodies")
        let pack = try #require(BuiltInRegistry.packs.first { $0.id == "sefton" })
        let index = PackIndex(pack)
        let metrics = index.evidence.filter { $0.value.kind == .metric && $0.value.purpose == .monitor }.count
        #expect(lines.contains("sefton,Sefton Council,North West,2023-2025,5 priorities,\(index.actions.count),\(metrics),\(index.bodies.count)"))
    }

    @Test func outputIsDeterministic() {
        #expect(CPSHarness.run(["list", "--format", "json"]).out == CPSHarness.run(["list", "--format", "json"]).out)
    }
}
