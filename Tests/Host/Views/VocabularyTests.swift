@testable import CPSEngine
@testable import CPSKit
import Foundation
import Testing

/// One word, one meaning (docs/vocabulary.md): the commands that judge strategies never say "tracks" (a figure is
/// monitored, or quoted as context), and never "None" where what is meant is that there are no figures.
@Suite struct VocabularyTests {
    static let all = "lancashire,leicestershire,middlesbrough,north-east-lincolnshire,sefton"
    static let commands: [[String]] = [
        ["coverage"], ["coverage", "--by", "domain"], ["coverage", "--by", "measure"], ["coverage", "--explain", "6"],
        ["compare", "lancashire", "leicestershire", "middlesbrough", "north-east-lincolnshire", "sefton"],
        ["gaps", "--authorities", all], ["similarity"], ["similarity", "sefton", "lancashire"], ["says-does"],
        ["benchmark"], ["report", "--format", "markdown"], ["region", "North West"], ["find", "care leavers"],
    ]

    @Test(arguments: commands)
    func judgementsUseTheVocabulary(_ command: [String]) throws {
        let result = CPSHarness.run(command, width: 200)
        #expect(result.status == 0, "\(command): \(result.error)")
        let tracks = try NSRegularExpression(pattern: "\\btrack(s|ed|ing)?\\b", options: [.caseInsensitive])
        let found = tracks.matches(in: result.out, range: NSRange(result.out.startIndex..., in: result.out))
        #expect(found.isEmpty, "\(command) says \"tracks\": a figure is monitored or quoted as context")
        let none = try NSRegularExpression(pattern: "\\bNone\\b")
        #expect(none.numberOfMatches(in: result.out, range: NSRange(result.out.startIndex..., in: result.out)) == 0,
                "\(command) says \"None\"")
    }

    /// The README and the docs use the same words (the vocabulary page names "tracks" only to rule it out; the
    /// audits quote documents).
    @Test func theDocsUseTheVocabulary() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let docs = try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("docs").path)
            .filter { $0.hasSuffix(".md") && $0 != "vocabulary.md" }.map { "docs/\($0)" } + ["README.md"]
        #expect(docs.count > 5)
        for file in docs {
            let text = try String(contentsOf: root.appendingPathComponent(file), encoding: .utf8)
            #expect(!text.lowercased().contains(" tracks ") && !text.lowercased().contains(" tracked"), "\(file)")
        }
        let vocabulary = try String(contentsOf: root.appendingPathComponent("docs/vocabulary.md"), encoding: .utf8)
        for word in ["commits to", "monitors", "quotes as context", "covers", "addresses", "not stated", "not captured", "no figures"] {
            #expect(vocabulary.contains("**\(word)**"), "docs/vocabulary.md does not define \(word)")
        }
    }
}
