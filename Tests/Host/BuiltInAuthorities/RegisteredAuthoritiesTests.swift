import BuiltInAuthorities
import CorporateParenting
import CPSEngine
import CPSKit
import Foundation
import Testing

/// Checks every council the registry holds, so a new council is checked the moment it is listed in Package.swift.
@Suite struct RegisteredAuthoritiesTests {
    static let ids = BuiltInRegistry.packs.map(\.id)
    static let seedCouncils = ["lancashire", "leicestershire", "middlesbrough", "north-east-lincolnshire", "sefton"]

    func pack(_ id: String) throws -> AuthorityPack {
        try #require(BuiltInRegistry.packs.first { $0.id == id })
    }

    @Test func theFiveSeedCouncilsAreBuiltIn() {
        #expect(Set(Self.seedCouncils).isSubset(of: Set(Self.ids)))
        #expect(Set(["Lancashire", "Leicestershire", "Middlesbrough", "NorthEastLincolnshire", "Sefton"]).isSubset(of: Set(BuiltInRegistry.moduleNames)))
        #expect(BuiltInRegistry.moduleNames == BuiltInRegistry.moduleNames.sorted())
    }

    @Test func idsAreUniqueAcrossTheRegistry() {
        #expect(Set(Self.ids).count == Self.ids.count)
    }

    @Test(arguments: ids)
    func everyTopLevelItemServesAPrincipleAndADomain(id: String) throws {
        let index = PackIndex(try pack(id))
        #expect(!index.topItems.isEmpty)
        for item in index.topItems {
            #expect(item.value.mappings.contains { !$0.principles.isEmpty }, "\(item.value.id) serves no principle")
            #expect(item.value.mappings.contains { !$0.domains.isEmpty }, "\(item.value.id) serves no domain")
        }
    }

    @Test(arguments: ids)
    func passesEveryErrorRuleAndStatesItsMappingsWithTheirWords(id: String) throws {
        let findings = PackValidator.validate(try pack(id))
        let errors = findings.filter { $0.severity == .error }
        #expect(errors.isEmpty, "\(errors.map { "\($0.rule) at \($0.path): \($0.message)" })")
        let unquoted = findings.filter { $0.rule == "stated-mapping-unquoted" }
        #expect(unquoted.isEmpty, "\(unquoted.map(\.path))")
    }

    @Test(arguments: ids)
    func everyStandardMeasureAndDomainIsTheFrameworks(id: String) throws {
        let index = PackIndex(try pack(id))
        for evidence in index.evidence {
            if let standard = evidence.value.standardMeasure { #expect(OutcomeFramework.standard.measure(standard) != nil, "\(standard)") }
        }
        for item in index.items {
            for domain in item.value.mappings.flatMap(\.domains) { #expect(OutcomeFramework.standard.domain(domain) != nil, "\(domain)") }
        }
    }

    @Test(arguments: ids)
    func everyEntrySitsInANamedSection(id: String) throws {
        let index = PackIndex(try pack(id))
        #expect(!index.outline.isEmpty)
        #expect(index.outline.allSatisfy { !$0.heading.trimmingCharacters(in: .whitespaces).isEmpty })
        for action in index.actions { #expect(!index.source(of: action.section).isEmpty) }
    }

    @Test(arguments: ids)
    func roundTripsThroughJSON(id: String) throws {
        let pack = try pack(id)
        let text = try PackCoding.json(pack)
        #expect(try PackCoding.decodePack(Array(text.utf8)) == pack)
        // An independent decoder reads the same pack.
        #expect(try JSONDecoder().decode(AuthorityPack.self, from: Data(text.utf8)) == pack)
        // Encoding is deterministic.
        #expect(try PackCoding.json(pack) == text)
    }

    @Test(arguments: seedCouncils)
    func hasCodesAndARegion(id: String) throws {
        let pack = try pack(id)
        #expect(pack.codes.ons?.count == 9)
        #expect(pack.codes.dfe?.count == 3)
        #expect(pack.region != nil)
        #expect(pack.document.period.start != nil && pack.document.period.end != nil)
    }
}
