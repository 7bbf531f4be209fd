import BuiltInAuthorities
import CorporateParenting
import Foundation
import Testing

@Suite struct ExportCommandTests {
    @Test func exportsOnePackThatDecodesToTheModule() throws {
        let result = CPSHarness.run(["export", "lancashire"])
        #expect(result.status == 0)
        let pack = try PackCoding.decodePack(Array(result.out.utf8))
        #expect(pack == BuiltInRegistry.packs.first { $0.id == "lancashire" })
    }

    @Test func exportsAllAsAnArray() throws {
        let result = CPSHarness.run(["export", "--all"])
        let packs = try PackCoding.decode([AuthorityPack].self, from: Array(result.out.utf8))
        #expect(packs.map(\.id) == BuiltInRegistry.packs.map(\.id).sorted())
    }

    @Test func needsExactlyOneOfAnIDOrAll() {
        #expect(CPSHarness.run(["export"]).status == 64)
        #expect(CPSHarness.run(["export", "sefton", "--all"]).status == 64)
    }

    @Test func writesAFileOnlyWhenAllowed() throws {
        let folder = try CPSHarness.temporaryFolder()
        let file = folder.appendingPathComponent("sefton.json").path
        let first = CPSHarness.run(["export", "sefton", "--output", file])
        #expect(first.status == 0)
        #expect(first.out.isEmpty)
        #expect(first.error == "Wrote \(file).\n")
        let written = try String(contentsOfFile: file, encoding: .utf8)
        #expect(written == CPSHarness.run(["export", "sefton"]).out)

        try "keep me".write(toFile: file, atomically: true, encoding: .utf8)
        let refused = CPSHarness.run(["export", "lancashire", "--output", file])
        #expect(refused.status == 73)
        #expect(refused.error == "cps: Cannot write \(file): the file exists; add --force to replace it.\n")
        #expect(try String(contentsOfFile: file, encoding: .utf8) == "keep me")

        let forced = CPSHarness.run(["export", "lancashire", "--output", file, "--force"])
        #expect(forced.status == 0)
        #expect(try String(contentsOfFile: file, encoding: .utf8).contains("\"id\": \"lancashire\""))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        #expect(leftovers == ["sefton.json"])
    }

    @Test func refusesAFolderAsOutput() throws {
        let folder = try CPSHarness.temporaryFolder()
        let result = CPSHarness.run(["export", "sefton", "--output", folder.path, "--force"])
        #expect(result.status == 73)
        #expect(result.error.contains("it is a folder"))
    }
}
