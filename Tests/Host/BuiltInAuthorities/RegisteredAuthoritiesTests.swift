import BuiltInAuthorities
import CorporateParenting
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
    func everyItemServesAPrincipleAndADomain(id: String) throws {
        let pack = try pack(id)
        #expect(!pack.priorities.isEmpty)
        for item in pack.items {
            #expect(!item.principles.isEmpty, "\(item.id) serves no principle")
            #expect(!item.domains.isEmpty, "\(item.id) serves no domain")
            #expect(item.principles.allSatisfy { (1...7).contains($0) }, "\(item.id)")
        }
    }

    @Test(arguments: ids)
    func passesEveryErrorRule(id: String) throws {
        let errors = PackValidator.validate(try pack(id)).filter { $0.severity == .error }
        #expect(errors.isEmpty, "\(errors.map { "\($0.rule) at \($0.path): \($0.message)" })")
    }

    @Test(arguments: ids)
    func everyReferenceResolves(id: String) throws {
        let pack = try pack(id)
        let itemIDs = Set(pack.items.map(\.id))
        for group in pack.workingGroups {
            for priority in group.priorities { #expect(itemIDs.contains(priority), "\(group.id) -> \(priority)") }
        }
        for objective in pack.objectives {
            if let priority = objective.priority { #expect(pack.priorities.contains { $0.id == priority }) }
        }
        for placed in pack.allMeasures {
            if let standard = placed.measure.standardMeasure { #expect(OutcomeFramework.standard.measure(standard) != nil, "\(standard)") }
        }
        for item in pack.items {
            for domain in item.domains { #expect(OutcomeFramework.standard.domain(domain) != nil, "\(domain)") }
        }
    }

    @Test(arguments: ids)
    func idsAreUniqueWithinThePack(id: String) throws {
        let pack = try pack(id)
        let itemIDs = pack.items.map(\.id)
        #expect(Set(itemIDs).count == itemIDs.count)
        let measureIDs = pack.allMeasures.map(\.measure.id)
        #expect(Set(measureIDs).count == measureIDs.count, "\(measureIDs.filter { id in measureIDs.filter { $0 == id }.count > 1 })")
        let outcomeIDs = pack.items.flatMap(\.outcomes).map(\.id)
        #expect(Set(outcomeIDs).count == outcomeIDs.count)
        #expect(Set(pack.workingGroups.map(\.id)).count == pack.workingGroups.count)
        #expect(Set(pack.pledges.map(\.id)).count == pack.pledges.count)
        #expect(Set(pack.governance.participation.map(\.id)).count == pack.governance.participation.count)
    }

    @Test(arguments: ids)
    func everyItemCarriesItsSource(id: String) throws {
        let missing = PackValidator.validate(try pack(id)).filter { $0.rule == "missing-source" }
        #expect(missing.isEmpty, "\(missing.map(\.path))")
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
        #expect(pack.strategy.period.start != nil && pack.strategy.period.end != nil)
    }
}
