import BuiltInAuthorities
import CorporateParenting
import CPSKit
import Foundation
import Testing

@Suite struct InitCommandTests {
    @Test func aBlankStarterHasEveryPrincipleAndDomainAndOnlyToBeCompletedWarnings() throws {
        let folder = try CPSHarness.temporaryFolder()
        let file = folder.appendingPathComponent("blackpool.json").path
        let result = CPSHarness.run(["init", "Blackpool Council", "--ons", "E06000009", "--dfe", "890", "--region", "North West", "--output", file])
        #expect(result.status == 0)
        let pack = try PackCoding.decodePack(Array(try Data(contentsOf: URL(fileURLWithPath: file))))
        #expect(pack.id == "blackpool")
        #expect(pack.codes == AuthorityCodes(ons: "E06000009", dfe: "890"))
        let index = PackIndex(pack)
        let mappings = index.topItems.flatMap(\.value.mappings)
        #expect(Set(mappings.flatMap(\.domains)) == Set(OutcomeFramework.standard.domains.map(\.id)))
        #expect(Set(mappings.flatMap(\.principles).map(\.rawValue)) == Set(1...7))
        // Every mapping offered is a judgement for the encoder to check, never the council's words.
        #expect(mappings.allSatisfy { $0.basis == .judged && $0.note?.hasPrefix("TO BE COMPLETED") == true })
        #expect(pack.document.capture == .partial)
        let offered = Set(index.evidence.compactMap(\.value.standardMeasure))
        #expect(offered == Set(OutcomeFramework.standard.measures.map(\.id)))
        let findings = PackValidator.validate(pack)
        #expect(!findings.isEmpty && findings.allSatisfy { $0.rule == "to-be-completed" })
        #expect(CPSHarness.run(["validate", file]).status == 0)
    }

    @Test func refusesToOverwriteWithoutForce() throws {
        let folder = try CPSHarness.temporaryFolder()
        let file = folder.appendingPathComponent("mine.json").path
        try "my work".write(toFile: file, atomically: true, encoding: .utf8)
        let refused = CPSHarness.run(["init", "Blackpool Council", "--output", file])
        #expect(refused.status == 73)
        #expect(try String(contentsOfFile: file, encoding: .utf8) == "my work")
        let forced = CPSHarness.run(["init", "Blackpool Council", "--output", file, "--force"])
        #expect(forced.status == 0)
        #expect(try String(contentsOfFile: file, encoding: .utf8).contains("\"id\": \"blackpool\""))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["mine.json"])
    }

    @Test func fromAnotherCouncilKeepsItsStructureNotItsWords() throws {
        let original = try #require(BuiltInRegistry.packs.first { $0.id == "lancashire" })
        let text = CPSHarness.run(["init", "Blackburn with Darwen Borough Council", "--from", "lancashire"]).out
        let pack = try PackCoding.decodePack(Array(text.utf8))
        #expect(pack.id == "blackburn-with-darwen")
        let index = PackIndex(pack), originalIndex = PackIndex(original)
        #expect(index.outline.map(\.id) == originalIndex.outline.map(\.id))
        #expect(index.items.map(\.value.id) == originalIndex.items.map(\.value.id))
        #expect(index.items.map { $0.value.mappings.map(\.principles) } == originalIndex.items.map { $0.value.mappings.map(\.principles) })
        #expect(index.actions.count == originalIndex.actions.count)
        #expect(index.evidence.map(\.value.id) == originalIndex.evidence.map(\.value.id))
        #expect(index.bodies.map(\.value.serves) == originalIndex.bodies.map(\.value.serves))
        #expect(index.evidence.allSatisfy { $0.value.figures.isEmpty && $0.value.target == nil })
        #expect(index.bodies.allSatisfy { $0.value.roles.isEmpty })
        #expect(!text.contains("Achieving Permanence"))
        #expect(!text.contains("Stephen Clarke"))
        #expect(PackValidator.validate(pack).allSatisfy { $0.rule == "to-be-completed" })
    }

    @Test func badNamesAreUsageErrors() {
        #expect(CPSHarness.run(["init", "!!!"]).status == 64)
        #expect(CPSHarness.run(["init", "Blackpool", "--id", "Not Valid"]).status == 64)
        #expect(CPSHarness.run(["init", "!!!"]).error.hasPrefix("cps: Cannot make an id from \"!!!\"; give one with --id"))
    }

    @Test func anInvalidIDIsBlamedWithWhy() {
        let cases = [
            ("../x", "it has the character \".\""), ("Not-Valid", "it has the capital letter \"N\""), ("a b", "it has a space"),
            ("-a", "it starts with a hyphen"), ("a-", "it ends with a hyphen"), ("a--b", "it has two hyphens together"),
            ("a\tb", "it has the control character U+0009"), ("", "it is empty"),
        ]
        for (id, why) in cases {
            let result = CPSHarness.run(["init", "Blackpool Council", "--id=\(id)"])
            #expect(result.status == 64)
            // A control character in the id is shown visibly in the message (a tab as `\t`).
            #expect(result.error == "cps: The id \"\(id.replacingOccurrences(of: "\t", with: "\\t"))\" is not a valid id: \(why); ids are lower-case letters, digits and single hyphens, such as \"blackpool\". See `cps init --help`.\n")
        }
        #expect(CPSHarness.run(["init", "Blackpool Council", "--id", "blackpool-2"]).status == 0)
        #expect(CPSHarness.run(["init", "Blackpool", "--from", "nowhere"]).status == 1)
    }
}
