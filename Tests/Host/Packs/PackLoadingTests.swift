import BuiltInAuthorities
import CorporateParenting
@testable import CPSEngine
@testable import CPSKit
import Foundation
import Testing

@Suite struct PackLoadingTests {
    /// A folder holding Sefton's pack under another id, and its path.
    func folderWithCopy(id: String = "sefton-copy") throws -> (URL, String) {
        let folder = try CPSHarness.temporaryFolder()
        var pack = try PackCoding.decodePack(Array(CPSHarness.run(["export", "sefton"]).out.utf8))
        pack.id = id
        pack.name = "Sefton Copy Council"
        let file = folder.appendingPathComponent("\(id).json")
        try PackCoding.json(pack).write(to: file, atomically: true, encoding: .utf8)
        return (folder, file.path)
    }

    @Test func packsLoadBesideTheBuiltInCouncils() throws {
        let (folder, file) = try folderWithCopy()
        let list = CPSHarness.run(["list", "--authority-path", folder.path, "--format", "json"])
        #expect(list.status == 0)
        #expect(list.out.contains("\"id\": \"sefton-copy\""))
        #expect(list.out.contains("\"origin\": \"\(file)\""))
        let compare = CPSHarness.run(["compare", "sefton", "sefton-copy", "--authority-path", file])
        #expect(compare.status == 0)
        #expect(compare.out.contains("Sefton Copy"))
        let report = CPSHarness.run(["report", "--authority-path", folder.path])
        #expect(report.out.contains("Sefton Copy Council"))
    }

    @Test func theEnvironmentAddsFoldersSeparatedByColons() throws {
        let (first, _) = try folderWithCopy(id: "first-copy")
        let (second, _) = try folderWithCopy(id: "second-copy")
        let result = CPSHarness.run(["list", "--format", "csv"], environment: ["CPS_AUTHORITY_PATH": "\(first.path)::\(second.path)"])
        #expect(result.out.contains("first-copy,"))
        #expect(result.out.contains("second-copy,"))
    }

    @Test func twoAuthoritiesWithOneIDAreAnErrorNamingBoth() throws {
        let (folder, file) = try folderWithCopy(id: "sefton")
        let result = CPSHarness.run(["list", "--authority-path", folder.path])
        #expect(result.status == 65)
        #expect(result.error == "cps: Two authorities have the id \"sefton\": the built-in module SeftonAuthority and the pack \(file); give one of them another id.\n")
        let twice = CPSHarness.run(["list", "--authority-path", folder.path, "--authority-path", folder.path])
        #expect(twice.status == 65)
    }

    @Test func anArrayOfPacksLoads() throws {
        let folder = try CPSHarness.temporaryFolder()
        let packs = try PackCoding.decode([AuthorityPack].self, from: Array(CPSHarness.run(["export", "--all"]).out.utf8)).map { pack -> AuthorityPack in
            var copy = pack
            copy.id = "copy-of-" + pack.id
            return copy
        }
        try PackCoding.json(packs).write(to: folder.appendingPathComponent("all.json"), atomically: true, encoding: .utf8)
        // A freshly scaffolded built-in council still holds prompts, so its copy loads only with --include-drafts.
        let result = CPSHarness.run(["list", "--authority-path", folder.path, "--include-drafts", "--format", "json"])
        #expect(result.out.components(separatedBy: "\"id\": \"copy-of-").count - 1 == BuiltInRegistry.packs.count)
        #expect(result.out.contains("all.json[\(BuiltInRegistry.packs.count - 1)]"))
    }

    @Test func aPackBreakingARuleIsRefusedNamingThePlace() throws {
        let folder = try CPSHarness.temporaryFolder()
        var json = try JSONValueEncoder().encode(ValidationSample.pack)
        json = try #require(json.setting("sections[0].content[1].item.mappings[0].principles", to: .array([.number(9)])))
        let file = folder.appendingPathComponent("bad.json")
        try JSONWriter.write(json).write(to: file, atomically: true, encoding: .utf8)
        let result = CPSHarness.run(["list", "--authority-path", file.path])
        #expect(result.status == 65)
        #expect(result.error.hasPrefix("cps: \(file.path) at sections[0].content[1].item.mappings[0].principles[0] (line "))
        #expect(result.error.contains("There is no principle 9; the principles are numbered 1 to 7 [unknown-principle]; `cps validate \(file.path)` lists every finding."))
    }

    /// Writes `json` as x.json in a new folder and runs `cps show x` on it.
    func show(_ json: String) throws -> (status: Int32, error: String) {
        let folder = try CPSHarness.temporaryFolder()
        try json.write(to: folder.appendingPathComponent("x.json"), atomically: true, encoding: .utf8)
        let result = CPSHarness.run(["show", "x", "--authority-path", folder.path])
        return (result.status, result.error)
    }

    @Test func aFileThatIsNotAPackIsRefused() throws {
        let wrongType = try show("{\"schemaVersion\": 2, \"id\": \"x\", \"name\": 3}")
        #expect(wrongType.status == 65)
        // Every problem is found in one reading: the missing document and the name of the wrong type.
        #expect(wrongType.error.contains("x.json: 2 problems stop it being read as a pack, the first at the top level (line 1, column 1): the required key \"document\" is missing; `cps validate "))
        let noVersion = try show("{\"name\": 3}")
        #expect(noVersion.status == 65)
        #expect(noVersion.error.contains("x.json: 4 problems stop it being read as a pack, the first at the top level (line 1, column 1): the required key \"schemaVersion\" is missing; `cps validate "))
        #expect(!noVersion.error.contains("version 1"), "a file without a schemaVersion is not read as version 1")
    }

    @Test func aVersion1FileThatIsNotAPackSaysItWasUpgraded() throws {
        let result = try show("{\"schemaVersion\": 1, \"id\": \"x\", \"name\": 3}")
        #expect(result.status == 65)
        #expect(result.error.contains("x.json at name: expected a string, found a number (the file is schema version 1, read as upgraded to version 2, so this place is the upgraded pack's)."))
    }

    @Test func aMissingPathAndTheSizeLimit() throws {
        #expect(CPSHarness.run(["list", "--authority-path", "/no/such/folder"]).status == 66)
        let (folder, _) = try folderWithCopy()
        let limited = CPSHarness.run(["list", "--authority-path", folder.path, "--max-pack-bytes", "1000"])
        #expect(limited.status == 65)
        #expect(limited.error.contains("more than the limit of 1000 bytes"))
        #expect(CPSHarness.run(["list", "--authority-path", folder.path], environment: ["CPS_MAX_PACK_BYTES": "1000"]).status == 65)
        #expect(CPSHarness.run(["list", "--max-pack-bytes", "lots"]).status == 64)
    }

    @Test func nonJSONFilesInAFolderAreIgnored() throws {
        let (folder, _) = try folderWithCopy()
        try "notes".write(to: folder.appendingPathComponent("README.txt"), atomically: true, encoding: .utf8)
        try "{".write(to: folder.appendingPathComponent(".hidden.json"), atomically: true, encoding: .utf8)
        #expect(CPSHarness.run(["list", "--authority-path", folder.path]).status == 0)
    }
}
