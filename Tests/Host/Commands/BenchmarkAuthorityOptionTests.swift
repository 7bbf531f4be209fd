import Foundation
import Testing

/// `cps benchmark --la NAME|CODE` through the real binary: alone it benchmarks only the authority named; with
/// `--authorities` those as well; an ambiguous or unknown name is one sentence and exit 1.
@Suite(.enabled(if: BadInputTests.binary != nil, "The cps binary is not built beside the tests."))
struct BenchmarkAuthorityOptionTests {
    func rows(_ arguments: [String]) throws -> [[String: Any]] {
        let result = try RealBinary.run(["benchmark", "placement-stability-long-term", "--format", "json"] + arguments + RegionFixture.options())
        #expect(result.status == 0 && result.error.isEmpty)
        return try #require(try JSONSerialization.jsonObject(with: Data(result.out.utf8)) as? [[String: Any]])
    }

    @Test func byNameDfECodeOrONSCodeAlone() throws {
        for typed in ["Blackpool", "blackpool", "890", "E06000009"] {
            let rows = try rows(["--la", typed])
            #expect(rows.count == 1, "\(typed)")
            #expect(rows.first?["name"] as? String == "Blackpool" && rows.first?["dfeCode"] as? String == "890", "\(typed)")
            #expect(rows.first?["value"] as? Double == Double(RegionFixture.value(RegionFixture.authorities.first { $0.code == "890" }!, year: 2025, longTerm: true)))
        }
        #expect(try rows(["--la", "St Helens"]).first?["name"] as? String == "St. Helens")
        #expect(try rows(["--la", "Hull"]).first?["dfeCode"] as? String == "810")
    }

    @Test func withAuthoritiesBoth() throws {
        let rows = try rows(["--la", "Blackpool", "--authorities", "sefton"])
        #expect(rows.map { $0["name"] as? String } == ["Sefton Council", "Blackpool"])
        #expect(rows.first?["authority"] as? String == "sefton")
    }

    @Test func ambiguousAndUnknownNamesAreOneSentence() throws {
        let options = try RegionFixture.options()
        let ambiguous = try RealBinary.run(["benchmark", "--la", "Black"] + options)
        #expect(ambiguous.status == 1 && ambiguous.out.isEmpty)
        #expect(ambiguous.error == "cps: \"Black\" could mean \"Blackburn with Darwen\" or \"Blackpool\"; give more of the name, or a DfE or ONS code.\n")
        let miss = try RealBinary.run(["benchmark", "--la", "Blakpool"] + options)
        #expect(miss.status == 1 && miss.out.isEmpty)
        #expect(miss.error == "cps: No authority in the statistics has the name or code \"Blakpool\"; did you mean \"Blackpool\"?\n")
    }
}
