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

    /// The findings on the clean pack changed by `example`, read as a pack file is read.
    func findings(after example: CheckExample) throws -> [Finding] {
        let changed = try #require(try example.applied(to: cleanJSON()), "the example \(example.display) does not apply")
        let read = try PackCoding.readPacks(Array(JSONWriter.write(changed).utf8))
        let input = ValidationInput(pack: read.packs[0].pack, upgraded: read.upgraded, unknownKeys: read.report.unknownKeys, duplicateKeys: read.report.duplicateKeys)
        return PackValidator.validate(input)
    }

    @Test(arguments: ruleIDs)
    func eachRulesExampleTriggersIt(id: String) throws {
        let description = try #require(RuleRegistry.descriptions.first { $0.id == id })
        for example in description.triggering {
            let findings = try findings(after: example)
            let own = findings.filter { $0.rule == id }
            #expect(!own.isEmpty, "\(id) did not fire; found \(findings.map(\.rule))")
            #expect(own.allSatisfy { $0.severity == description.severity })
            #expect(own.allSatisfy { $0.message.hasSuffix(".") || $0.message.hasSuffix("?") })
        }
        for example in description.nonTriggering {
            #expect(try findings(after: example).allSatisfy { $0.rule != id }, "\(id) fired on \(example.display)")
        }
    }

    /// Every rule documents its boundary: a near miss of its triggering example that it must not fire on.
    @Test func everyRuleHasATriggeringAndANonTriggeringExample() {
        for rule in RuleRegistry.descriptions {
            #expect(!rule.triggering.isEmpty, "\(rule.id) needs a triggering example")
            #expect(!rule.nonTriggering.isEmpty, "\(rule.id) needs a non-triggering example")
        }
    }

    /// A near miss is a valid pack: no rule at all finds an error in it, so the rule's silence is not hidden behind
    /// another rule's error, and the example shows a value that is allowed.
    @Test(arguments: ruleIDs)
    func eachNonTriggeringExampleIsAValidPack(id: String) throws {
        let description = try #require(RuleRegistry.descriptions.first { $0.id == id })
        for example in description.nonTriggering {
            let errors = try findings(after: example).filter { $0.severity == .error }
            #expect(errors.isEmpty, "\(example.display) has errors: \(errors.map { "\($0.rule): \($0.message)" })")
        }
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
