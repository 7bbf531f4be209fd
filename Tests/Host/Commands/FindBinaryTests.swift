import Foundation
import Testing

/// `cps find` and `cps similarity A B` run as the real binary: exit status, standard output and standard error.
@Suite(.enabled(if: BadInputTests.binary != nil, "The cps binary is not built beside the tests."))
struct FindBinaryTests {
    @Test func findPrintsHitsAndRefusesStopWords() throws {
        let found = try RealBinary.run(["find", "Staying", "Put", "--limit", "3", "--format", "csv"])
        #expect(found.status == 0)
        #expect(found.error.isEmpty)
        let lines = found.out.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(lines.count == 4)
        #expect(lines[0] == "Rank,Council,Strategy,Kind,Text,Source,Score")
        let refused = try RealBinary.run(["find", "to the"])
        #expect(refused.status == 64)
        #expect(refused.out.isEmpty)
        #expect(refused.error.hasPrefix("cps: The <text> argument \"to the\" holds only common words"))
    }

    @Test func similarityOfTwoListsTheCommitmentsBothMake() throws {
        let result = try RealBinary.run(["similarity", "sefton", "lancashire", "--format", "json"])
        #expect(result.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.out.utf8)) as? [String: Any])
        #expect((json["first"] as? [String: Any])?["id"] as? String == "sefton")
        #expect((json["second"] as? [String: Any])?["id"] as? String == "lancashire")
        let shared = try #require(json["shared"] as? [[String: Any]])
        #expect(!shared.isEmpty)
        let same = try RealBinary.run(["similarity", "sefton", "Sefton"])
        #expect(same.status == 64)
        #expect(same.error.contains("needs two different strategies"))
    }
}
