import BuiltInAuthorities
import CorporateParenting
import Testing

@Suite struct ShowCommandTests {
    @Test func showsSeftonSectionBySection() {
        let result = CPSHarness.run(["show", "sefton"])
        #expect(result.status == 0)
        let sections = ["Sefton Council: Corporate Parenting Strategy (2023 to 2025)", "Vision", "Values (9)", "Priorities (5)",
                        "» Being Heard", "» Safe and Stable homes", "» Raising Aspirations", "» Health and Wellbeing",
                        "» Transition and preparation for Adulthood", "Governance", "» Corporate Parenting Board",
                        "Meets:                  bi-monthly", "» Youth participation (2)", "Measures and figures (5)",
                        "Where the document contradicts itself (3)"]
        var position = result.out.startIndex
        for section in sections {
            let found = result.out.range(of: section, range: position..<result.out.endIndex)
            #expect(found != nil, "missing or out of order: \(section)")
            if let found { position = found.upperBound }
        }
        #expect(result.out.contains("Driven by:  Being Heard working group (chair: Participation Officer)"))
        #expect(result.out.contains("Youth\nAmbassadors") || result.out.contains("Youth Ambassadors"))
    }

    @Test func jsonIsTheExportedPack() {
        #expect(CPSHarness.run(["show", "sefton", "--format", "json"]).out == CPSHarness.run(["export", "sefton"]).out)
    }

    @Test func csvListsEveryItemWithItsSource() throws {
        let pack = try #require(BuiltInRegistry.packs.first { $0.id == "sefton" })
        let rows = CPSHarness.run(["show", "sefton", "--format", "csv"]).out.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(rows[0] == "Kind,Id,Parent,Text,Principles,Domains,Source")
        let commitments = rows.filter { $0.hasPrefix("commitment") }
        #expect(commitments.count == pack.allCommitments.count)
        #expect(rows.filter { $0.hasPrefix("priority,") }.count == 5)
    }

    @Test func markdownAndHTMLRender() {
        let markdown = CPSHarness.run(["show", "middlesbrough", "--format", "markdown"])
        #expect(markdown.status == 0)
        #expect(markdown.out.hasPrefix("# Middlesbrough"))
        let html = CPSHarness.run(["show", "leicestershire", "--format", "html"])
        #expect(html.out.hasPrefix("<!DOCTYPE html>"))
        #expect(!html.out.contains("<script"))
    }

    @Test(arguments: BuiltInRegistry.packs.map(\.id))
    func everyCouncilShowsInEveryFormat(id: String) {
        for format in ["text", "markdown", "csv", "json", "html"] {
            let result = CPSHarness.run(["show", id, "--format", format])
            #expect(result.status == 0 && !result.out.isEmpty, "\(id) \(format)")
        }
    }

    @Test func textFitsANarrowTerminal() {
        let result = CPSHarness.run(["show", "north-east-lincolnshire"], width: 60)
        let long = result.out.split(separator: "\n").filter { $0.count > 60 }
        #expect(long.isEmpty, "\(long.prefix(3))")
    }
}
