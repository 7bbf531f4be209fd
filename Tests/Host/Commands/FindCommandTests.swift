import BuiltInAuthorities
import Foundation
import Testing

/// `cps find` through the in-process harness with the built-in councils.
@Suite struct FindCommandTests {
    static func json(_ arguments: [String]) throws -> [String: Any] {
        let result = CPSHarness.run(["find"] + arguments + ["--format", "json"])
        #expect(result.status == 0, "\(result.error)")
        return try #require(try JSONSerialization.jsonObject(with: Data(result.out.utf8)) as? [String: Any])
    }

    static func hits(_ arguments: [String]) throws -> [[String: Any]] {
        try #require(try json(arguments)["hits"] as? [[String: Any]])
    }

    @Test func findsStayingPutAcrossCouncilsWithSourceAndScore() throws {
        let hits = try Self.hits(["Staying Put"])
        #expect(hits.count > 2)
        let authorities = Set(hits.compactMap { $0["authority"] as? String })
        #expect(authorities.isSuperset(of: ["sefton", "middlesbrough", "north-east-lincolnshire"]))
        let first = try #require(hits.first)
        #expect((first["text"] as? String)?.lowercased().contains("staying put") == true)
        #expect((first["source"] as? String)?.isEmpty == false)
        #expect((first["path"] as? String)?.hasPrefix("sections[") == true)
        let scores = hits.compactMap { $0["score"] as? Double }
        #expect(scores.count == hits.count)
        // Phrase hits first, then by score.
        let phrases = hits.compactMap { $0["phrase"] as? Bool }
        #expect(phrases == phrases.sorted { $0 && !$1 })
    }

    @Test func kindFilterKeepsOnlyThatKind() throws {
        for kind in ["commitment", "pledge", "item", "aim", "measure"] {
            let hits = try Self.hits(["care", "--kind", kind, "--limit", "50"])
            #expect(!hits.isEmpty, "\(kind)")
            #expect(hits.allSatisfy { $0["kind"] as? String == kind }, "\(kind)")
        }
        let two = try Self.hits(["care", "--kind", "pledge,aim", "--limit", "100"])
        #expect(Set(two.compactMap { $0["kind"] as? String }) == ["pledge", "aim"])
    }

    @Test func regionAndAuthoritiesChooseTheStrategiesSearched() throws {
        let northWest = try Self.hits(["care leavers", "--region", "North West", "--limit", "100"])
        #expect(!northWest.isEmpty)
        #expect(Set(northWest.compactMap { $0["authority"] as? String }).isSubset(of: ["sefton", "lancashire"]))
        let chosen = try Self.json(["care leavers", "--authorities", "middlesbrough", "--limit", "100"])
        #expect(chosen["strategies"] as? Int == 1)
        let hits = try #require(chosen["hits"] as? [[String: Any]])
        #expect(!hits.isEmpty)
        #expect(hits.allSatisfy { $0["authority"] as? String == "middlesbrough" })
    }

    @Test func limitCutsTheList() throws {
        #expect(try Self.hits(["care", "--limit", "3"]).count == 3)
        #expect(try Self.hits(["care"]).count == 20)
    }

    @Test func everyFormatCarriesTheHits() throws {
        let arguments = ["find", "Staying Put", "--authorities", "sefton", "--limit", "2"]
        let text = CPSHarness.run(arguments)
        #expect(text.status == 0)
        #expect(text.out.hasPrefix("Search for \"Staying Put\""))
        #expect(text.out.contains("Sefton Council"))
        #expect(text.out.contains("sefton 2023-2025"))
        let markdown = CPSHarness.run(arguments + ["--format", "markdown"])
        #expect(markdown.out.hasPrefix("# Search for \"Staying Put\""))
        #expect(markdown.out.contains("| Rank | Council | Strategy | Kind | Text | Source | Score |"))
        let csv = CPSHarness.run(arguments + ["--format", "csv"]).out.components(separatedBy: "\r\n")
        #expect(csv[0] == "Rank,Council,Strategy,Kind,Text,Source,Score")
        #expect(csv[1].hasPrefix("1,Sefton Council,sefton 2023-2025,commitment,"))
        #expect(csv[1].lowercased().contains("staying put"))
        let json = try Self.json(["Care leavers", "--authorities", "sefton", "--limit", "2"])
        #expect(json["query"] as? String == "Care leavers")
        #expect(json["terms"] as? [String] == ["care", "leaver"])
        #expect((json["hits"] as? [[String: Any]])?.count == 2)
    }

    @Test func noHitsIsOneSentenceAndSuccess() throws {
        let result = CPSHarness.run(["find", "zeppelin"])
        #expect(result.status == 0)
        #expect(result.out.contains("Nothing matches \"zeppelin\" among the commitments, pledges, items, aims and measures in \(BuiltInRegistry.packs.count) strategies."))
        #expect(CPSHarness.run(["find", "zeppelin", "--format", "csv"]).out == "Rank,Council,Strategy,Kind,Text,Source,Score\r\n")
        #expect(try Self.hits(["zeppelin"]).isEmpty)
    }

    @Test func badArgumentsAreUsageErrorsNamingTheArgument() {
        let empty = CPSHarness.run(["find", ""])
        #expect(empty.status == 64)
        #expect(empty.error.contains("The <text> argument is empty"))
        let stop = CPSHarness.run(["find", "the", "to", "of"])
        #expect(stop.status == 64)
        #expect(stop.error.contains("The <text> argument \"the to of\" holds only common words"))
        #expect(CPSHarness.run(["find"]).status == 64)
        let kind = CPSHarness.run(["find", "care", "--kind", "promise"])
        #expect(kind.status == 64)
        #expect(kind.error.contains("--kind takes commitment, pledge, item, aim or measure, separated by commas, not \"promise\"."))
        let limit = CPSHarness.run(["find", "care", "--limit", "0"])
        #expect(limit.status == 64)
        #expect(limit.error.contains("--limit takes a whole number of hits above 0, not \"0\"."))
        #expect(CPSHarness.run(["find", "care", "--region", "Atlantis"]).status == 64)
    }
}
