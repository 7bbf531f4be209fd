import CorporateParenting
@testable import CPSEngine
@testable import CPSKit
import Foundation
import Testing

@Suite struct ValidateCommandTests {
    func write(_ text: String, _ name: String, in folder: URL) throws -> String {
        let file = folder.appendingPathComponent(name)
        try text.write(to: file, atomically: true, encoding: .utf8)
        return file.path
    }

    @Test func aCleanPackExitsZero() throws {
        let folder = try CPSHarness.temporaryFolder()
        let file = try write(CPSHarness.run(["export", "sefton"]).out, "sefton.json", in: folder)
        let result = CPSHarness.run(["validate", file])
        #expect(result.status == 0)
        #expect(result.out == "1 file checked: 0 errors, 0 warnings.\n")
    }

    @Test func findingsNameTheFileLineColumnRuleAndPath() throws {
        let folder = try CPSHarness.temporaryFolder()
        var json = try JSONValueEncoder().encode(ValidationSample.pack)
        json = try #require(json.setting("sections[0].content[0].item.mappings[0].domains", to: .array([.string("housing")])))
        json = try #require(json.setting("sections[0].content[0].item.titel", to: .string("typo")))
        let before = JSONWriter.write(json)
        let file = try write(before, "sample.json", in: folder)
        let result = CPSHarness.run(["validate", file])
        #expect(result.status == 1)
        let lines = result.out.split(separator: "\n").map(String.init)
        #expect(lines.contains { $0.hasPrefix("\(file):") && $0.contains(": error [unknown-key] sections[0].content[0].item.titel: The key \"titel\" is not part of a pack here; did you mean \"title\"?") })
        #expect(lines.contains { $0.contains(": error [unknown-domain] sections[0].content[0].item.mappings[0].domains[0]: There is no domain \"housing\"") })
        #expect(lines.last == "1 file checked: 2 errors, 0 warnings.")
        // With --allow-unknown the unknown key is a warning, and said to be ignored.
        let relaxed = CPSHarness.run(["validate", "--allow-unknown", file]).out.split(separator: "\n").map(String.init)
        #expect(relaxed.contains { $0.hasPrefix("\(file):") && $0.contains(": warning [unknown-key] sections[0].content[0].item.titel: The key \"titel\" is not part of a pack here and is ignored; did you mean \"title\"?") })
        #expect(relaxed.last == "1 file checked: 1 error, 1 warning.")
        let line = try #require(lines.first { $0.contains("unknown-domain") })
        let parts = line.dropFirst(file.count + 1).split(separator: ":")
        #expect(Int(parts[0]) != nil && Int(parts[1]) != nil)
        #expect(try String(contentsOfFile: file, encoding: .utf8) == before, "validate never changes a file")
    }

    @Test func exitStatusesFollowTheWorstPath() throws {
        let folder = try CPSHarness.temporaryFolder()
        let undecodable = try write("{\"id\": ", "broken.json", in: folder)
        let result = CPSHarness.run(["validate", undecodable])
        #expect(result.status == 65)
        #expect(result.out.contains("\(undecodable): cannot be decoded: line 1, column 8: unexpected end of input"))
        #expect(CPSHarness.run(["validate", undecodable, "/no/such/file.json"]).status == 66)
        #expect(CPSHarness.run(["validate"]).status == 64)
    }

    @Test func jsonOutputIsStructured() throws {
        let folder = try CPSHarness.temporaryFolder()
        _ = try write(CPSHarness.run(["export", "lancashire"]).out, "a.json", in: folder)
        let result = CPSHarness.run(["validate", folder.path, "--format", "json"])
        let report = try #require(try JSONSerialization.jsonObject(with: Data(result.out.utf8)) as? [String: Any])
        let files = try #require(report["files"] as? [[String: Any]])
        #expect(files.count == 1)
        #expect(files[0]["status"] as? String == "clean")
        #expect(files[0]["packs"] as? [String] == ["lancashire"])
    }

    @Test func listsTheRules() {
        let result = CPSHarness.run(["validate", "--rules"])
        #expect(result.status == 0)
        for rule in RuleRegistry.descriptions { #expect(result.out.contains(rule.id)) }
    }

    /// `cps validate --rules --format json` gives every rule's triggering and non-triggering examples, as
    /// `cps gaps --rules` does, and keeps `example` as the first triggering one.
    @Test func rulesJSONGivesBothKindsOfExample() throws {
        let result = CPSHarness.run(["validate", "--rules", "--format", "json"])
        #expect(result.status == 0)
        let rules = try #require(try JSONSerialization.jsonObject(with: Data(result.out.utf8)) as? [[String: Any]])
        #expect(rules.map { $0["id"] as? String } == RuleRegistry.descriptions.map(\.id))
        for (rule, description) in zip(rules, RuleRegistry.descriptions) {
            let triggering = try #require(rule["triggering"] as? [[String: Any]])
            let nonTriggering = try #require(rule["nonTriggering"] as? [[String: Any]])
            let example = try #require(rule["example"] as? [String: Any])
            #expect(triggering.count == description.triggering.count)
            #expect(nonTriggering.map { $0["path"] as? String } == description.nonTriggering.map(\.path))
            #expect(nonTriggering.map { $0["json"] as? String } == description.nonTriggering.map(\.json))
            #expect(!nonTriggering.isEmpty, "\(description.id) has no non-triggering example")
            #expect(example["path"] as? String == triggering.first?["path"] as? String)
        }
    }

    @Test func theRulesDocumentIsUpToDate() throws {
        let file = SchemaTests.root.appendingPathComponent("docs/validation-rules.md")
        let documented = try String(contentsOf: file, encoding: .utf8)
        #expect(documented == CPSHarness.run(["validate", "--rules", "--format", "markdown"]).out,
                "regenerate with: swift run cps validate --rules --format markdown > docs/validation-rules.md")
    }
}
