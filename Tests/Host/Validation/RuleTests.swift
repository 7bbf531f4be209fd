import CorporateParenting
@testable import CPSEngine
@testable import CPSKit
import Testing

@Suite struct RuleTests {
    static let ruleIDs = RuleRegistry.descriptions.map(\.id)

    func cleanJSON() throws -> JSONValue {
        try JSONValueEncoder().encode(ValidationSample.pack)
    }

    @Test func theSamplePackIsClean() throws {
        let findings = PackValidator.validate(ValidationSample.pack)
        #expect(findings.isEmpty, "\(findings)")
    }

    @Test func ruleIDsAreUnique() {
        #expect(Set(Self.ruleIDs).count == Self.ruleIDs.count)
    }

    @Test(arguments: ruleIDs)
    func eachRulesExampleTriggersIt(id: String) throws {
        let description = try #require(RuleRegistry.descriptions.first { $0.id == id })
        let replacement = try JSONParser.parse(Array(description.example.json.utf8))
        let changed = try #require(try cleanJSON().setting(description.example.path, to: replacement), "the example's path does not exist")
        let bytes = Array(JSONWriter.write(changed).utf8)
        let read = try PackCoding.readPacks(bytes)
        let input = ValidationInput(pack: read.packs[0].pack, upgraded: read.upgraded, unknownKeys: read.report.unknownKeys, duplicateKeys: read.report.duplicateKeys)
        let findings = PackValidator.validate(input)
        let own = findings.filter { $0.rule == id }
        #expect(!own.isEmpty, "\(id) did not fire; found \(findings.map(\.rule))")
        #expect(own.allSatisfy { $0.severity == description.severity })
        #expect(own.allSatisfy { $0.message.hasSuffix(".") || $0.message.hasSuffix("?") })
    }

    @Test(arguments: ruleIDs)
    func noRuleFiresOnTheCleanPack(id: String) throws {
        let rule = try #require(RuleRegistry.rules.first { $0.description.id == id })
        let read = try PackCoding.readPacks(Array(JSONWriter.write(try cleanJSON()).utf8))
        #expect(rule.init().check(ValidationInput(pack: read.packs[0].pack, upgraded: read.upgraded, unknownKeys: read.report.unknownKeys, duplicateKeys: read.report.duplicateKeys)).isEmpty)
    }

    @Test func pathsParse() {
        #expect(JSONPathComponent.parse("priorities[2].measures[0].target") == [.key("priorities"), .index(2), .key("measures"), .index(0), .key("target")])
        #expect(JSONPathComponent.parse("a[x]") == nil)
    }
}
