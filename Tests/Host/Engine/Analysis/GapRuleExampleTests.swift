import CorporateParenting
@testable import CPSEngine
@testable import CPSKit
import Testing

/// Every gap rule's own examples, generated from the registry: each triggering change to the clean sample makes
/// the rule fire, each non-triggering change leaves it silent. A new rule is tested by writing its description.
@Suite struct GapRuleExampleTests {
    static let ruleIDs = GapRuleRegistry.descriptions.map(\.id)
    let framework = OutcomeFramework.standard

    /// The sample changed by `example`, read back as a pack file is read, and its gaps on the sample's date.
    func gaps(after example: CheckExample) throws -> [Gap] {
        let clean = try JSONValueEncoder().encode(GapSample.pack)
        let changed = try #require(example.applied(to: clean), "the example \(example.display) does not apply to the sample")
        let read = try PackCoding.readPacks(Array(JSONWriter.write(changed).utf8))
        let profile = PackProfile(read.packs[0].pack, framework: framework)
        return GapRuleRegistry.gaps(in: GapContext(profile: profile, asOf: GapSample.asOf, framework: framework))
    }

    @Test func theSampleHasNoGapsAndIsAValidPack() {
        let profile = PackProfile(GapSample.pack, framework: framework)
        let gaps = GapRuleRegistry.gaps(in: GapContext(profile: profile, asOf: GapSample.asOf, framework: framework))
        #expect(gaps.isEmpty, "\(gaps.map { GapSentence.message($0) })")
        #expect(PackValidator.validate(GapSample.pack).filter { $0.severity == .error }.isEmpty)
    }

    @Test func ruleIDsAreUniqueAndEveryRuleHasBothKindsOfExample() {
        #expect(Set(Self.ruleIDs).count == Self.ruleIDs.count)
        for rule in GapRuleRegistry.descriptions {
            #expect(!rule.triggering.isEmpty && !rule.nonTriggering.isEmpty, "\(rule.id) needs triggering and non-triggering examples")
            #expect(!rule.name.isEmpty && rule.summary.hasSuffix("."))
        }
    }

    @Test(arguments: ruleIDs)
    func eachTriggeringExampleFiresItsRule(id: String) throws {
        let description = try #require(GapRuleRegistry.descriptions.first { $0.id == id })
        for example in description.triggering {
            let gaps = try gaps(after: example)
            let own = gaps.filter { $0.rule == id }
            #expect(!own.isEmpty, "\(id) did not fire on \(example.display); found \(gaps.map(\.rule))")
            #expect(own.allSatisfy { $0.severity == description.severity })
            #expect(own.allSatisfy { GapSentence.message($0).hasSuffix(".") })
        }
    }

    @Test(arguments: ruleIDs)
    func noNonTriggeringExampleFiresItsRule(id: String) throws {
        let description = try #require(GapRuleRegistry.descriptions.first { $0.id == id })
        for example in description.nonTriggering {
            let own = try gaps(after: example).filter { $0.rule == id }
            #expect(own.isEmpty, "\(id) fired on \(example.display): \(own.map { GapSentence.message($0) })")
        }
    }
}
