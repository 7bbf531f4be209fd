import BuiltInAuthorities
import CorporateParenting
import CPSEngine
import CPSKit
import Foundation
import Testing

@Suite struct InitCommandTests {
    @Test func aBlankStarterHoldsPromptsAndNoClaims() throws {
        let folder = try CPSHarness.temporaryFolder()
        let file = folder.appendingPathComponent("blackpool.json").path
        let result = CPSHarness.run(["init", "Blackpool Council", "--ons", "E06000009", "--dfe", "890", "--region", "North West", "--output", file])
        #expect(result.status == 0)
        let pack = try PackCoding.decodePack(Array(try Data(contentsOf: URL(fileURLWithPath: file))))
        #expect(pack.id == "blackpool")
        #expect(pack.codes == AuthorityCodes(ons: "E06000009", dfe: "890"))
        let index = PackIndex(pack)
        // No mapping, board, youth group or monitored measure the council did not write.
        #expect(index.topItems.flatMap(\.value.mappings).isEmpty)
        #expect(index.bodies.isEmpty)
        #expect(index.evidence.isEmpty)
        #expect(index.topItems.allSatisfy { $0.value.title.hasPrefix("TO BE COMPLETED") })
        #expect(pack.document.capture == .partial)
        let findings = PackValidator.validate(pack)
        #expect(Set(findings.map(\.rule)) == ["to-be-completed", "unfilled-pack"])
        #expect(findings.allSatisfy { $0.severity == .warning })
        let checked = CPSHarness.run(["validate", file])
        #expect(checked.status == 0)
        #expect(checked.out.contains(": warning [unfilled-pack] This pack is not yet filled in: it holds 8 prompts still reading \"TO BE COMPLETED\"; other commands refuse it unless --include-drafts is given.\n"))
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

    @Test func fromAnotherCouncilKeepsItsStructureWithFreshIDsAndNoMappings() throws {
        let original = try #require(BuiltInRegistry.packs.first { $0.id == "lancashire" })
        let text = CPSHarness.run(["init", "Blackburn with Darwen Borough Council", "--from", "lancashire"]).out
        let pack = try PackCoding.decodePack(Array(text.utf8))
        #expect(pack.id == "blackburn-with-darwen")
        let index = PackIndex(pack), originalIndex = PackIndex(original)
        // The same shape: as many headings, items, actions, evidence and bodies, at the same levels.
        #expect(index.outline.map(\.level) == originalIndex.outline.map(\.level))
        #expect(index.items.map(\.value.level) == originalIndex.items.map(\.value.level))
        #expect(index.actions.count == originalIndex.actions.count)
        #expect(index.evidence.count == originalIndex.evidence.count)
        #expect(index.bodies.map(\.value.kind) == originalIndex.bodies.map(\.value.kind))
        // Fresh ids, none of them Lancashire's.
        #expect(index.outline.map(\.id.rawValue) == (1...index.outline.count).map { "section-\($0)" })
        #expect(index.items.map(\.value.id.rawValue) == (1...index.items.count).map { "item-\($0)" })
        let originalIDs = Set(originalIndex.items.map(\.value.id.rawValue) + originalIndex.outline.map(\.id.rawValue))
        #expect(Set(index.items.map(\.value.id.rawValue) + index.outline.map(\.id.rawValue)).isDisjoint(with: originalIDs))
        // Nothing Lancashire claimed: no mappings, standard measures, figures, targets, roles or links.
        #expect(index.items.allSatisfy { $0.value.mappings.isEmpty })
        #expect(index.evidence.allSatisfy { $0.value.figures.isEmpty && $0.value.target == nil && $0.value.standardMeasure == nil && $0.value.purpose == .context })
        #expect(index.bodies.allSatisfy { $0.value.roles.isEmpty && $0.value.serves.isEmpty && $0.value.partOf == nil && $0.value.status == .unresolved })
        #expect(!text.contains("Achieving Permanence"))
        #expect(!text.contains("Stephen Clarke"))
        #expect(PackValidator.validate(pack).allSatisfy { $0.rule == "to-be-completed" || $0.rule == "unfilled-pack" })
    }

    @Test func laFillsTheNameCodesAndRegionFromDfEsList() throws {
        for typed in ["Blackpool", "890", "E06000009"] {
            let result = CPSHarness.run(["init", "--la", typed])
            #expect(result.status == 0, "\(result.error)")
            let pack = try PackCoding.decodePack(Array(result.out.utf8))
            #expect(pack.id == "blackpool" && pack.name == "Blackpool")
            #expect(pack.codes == AuthorityCodes(ons: "E06000009", dfe: "890"))
            #expect(pack.region == "North West")
        }
        let named = try PackCoding.decodePack(Array(CPSHarness.run(["init", "Blackpool Council", "--la", "890"]).out.utf8))
        #expect(named.name == "Blackpool Council" && named.codes.dfe == "890")
    }

    @Test func codesAndRegionAreCheckedAgainstDfEsList() {
        let cases: [([String], String)] = [
            (["--ons", "E07000001"], "The ONS code \"E07000001\" is not a council's in DfE's list of local authorities (a district council's code: districts have no children's services); give one such as E06000009, or --la with the council's name."),
            (["--dfe", "999"], "The DfE code \"999\" is not a council's in DfE's list of local authorities; give one such as 890, or --la with the council's name."),
            (["--ons", "E06000009", "--dfe", "343"], "The DfE code \"343\" is Sefton's, but the ONS code \"E06000009\" is Blackpool's."),
            (["--region", "South-East"], "The region \"South-East\" is not spelt as DfE spells it; did you mean \"South East\"?"),
            (["--la", "Blackpool", "--region", "South East"], "Blackpool is in the North West in DfE's list of local authorities, not the South East."),
        ]
        for (options, message) in cases {
            let result = CPSHarness.run(["init", "Blackpool Council"] + options)
            #expect(result.status == 64, "\(options)")
            #expect(result.out.isEmpty)
            #expect(result.error == "cps: \(message) See `cps init --help`.\n")
        }
        #expect(CPSHarness.run(["init"]).error == "cps: Give the council's name, such as \"Blackpool Council\", or --la with its name or code. See `cps init --help`.\n")
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
