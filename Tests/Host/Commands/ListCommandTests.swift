import BuiltInAuthorities
import CorporateParenting
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

    @Test func jsonHoldsOneSummaryPerCouncil() throws {
        let result = CPSHarness.run(["list", "--format", "json"])
        let summaries = try #require(try JSONSerialization.jsonObject(with: Data(result.out.utf8)) as? [[String: Any]])
        #expect(summaries.map { $0["id"] as? String } == BuiltInRegistry.packs.map(\.id).sorted())
        let sefton = try #require(summaries.first { $0["id"] as? String == "sefton" })
        #expect(sefton["priorities"] as? Int == 5)
        #expect(sefton["boardMeets"] as? String == "bi-monthly")
        #expect((sefton["period"] as? [String: String]) == ["start": "2023", "end": "2025"])
    }

    @Test func csvHasAHeaderAndOneRowPerCouncil() {
        let lines = CPSHarness.run(["list", "--format", "csv"]).out.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(lines.count == BuiltInRegistry.packs.count + 1)
        #expect(lines[0] == "Id,Council,Region,Period,Priorities,Measures,Board meets")
        #expect(lines.contains("sefton,Sefton Council,North West,2023-2025,5,5,bi-monthly"))
    }

    @Test func outputIsDeterministic() {
        #expect(CPSHarness.run(["list", "--format", "json"]).out == CPSHarness.run(["list", "--format", "json"]).out)
    }
}
