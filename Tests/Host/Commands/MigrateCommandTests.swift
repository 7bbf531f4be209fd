import CorporateParenting
import CPSEngine
import CPSKit
import Foundation
import Testing

/// `cps migrate` writes version 1 packs as valid version 2 packs, never over a file without being told to.
@Suite struct MigrateCommandTests {
    static let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Framework/Migration/Fixtures/version1.json")

    func copyOfFixture() throws -> URL {
        let file = try CPSHarness.temporaryFolder().appendingPathComponent("old.json")
        try FileManager.default.copyItem(at: Self.fixture, to: file)
        return file
    }

    @Test func writesAValidVersion2PackBesideTheFile() throws {
        let file = try copyOfFixture()
        let before = try Data(contentsOf: file)
        let result = CPSHarness.run(["migrate", file.path])
        #expect(result.status == 0, "\(result.error)")
        let written = file.deletingLastPathComponent().appendingPathComponent("old.v2.json")
        let pack = try PackCoding.decodePack(Array(try Data(contentsOf: written)))
        #expect(pack.schemaVersion == 2)
        #expect(try Data(contentsOf: file) == before, "the version 1 file is left as it was")
        let validated = CPSHarness.run(["validate", written.path])
        #expect(validated.status == 0, "\(validated.out)")
        // Running it again does not replace the written file.
        #expect(CPSHarness.run(["migrate", file.path]).status == 73)
    }

    @Test func writesToOutputOrInPlaceOnlyWhenTold() throws {
        let file = try copyOfFixture()
        let out = file.deletingLastPathComponent().appendingPathComponent("new.json")
        #expect(CPSHarness.run(["migrate", file.path, "--output", out.path]).status == 0)
        #expect(try PackCoding.decodePack(Array(try Data(contentsOf: out))).schemaVersion == 2)
        #expect(CPSHarness.run(["migrate", file.path, "--in-place"]).status == 64)
        #expect(PackMigration.isVersion1(try JSONParser.parse(Array(try Data(contentsOf: file)))))
        #expect(CPSHarness.run(["migrate", file.path, "--in-place", "--force"]).status == 0)
        #expect(try PackCoding.decodePack(Array(try Data(contentsOf: file))).schemaVersion == 2)
    }

    @Test func refusesAFileThatIsNotVersion1() throws {
        let file = try CPSHarness.temporaryFolder().appendingPathComponent("sefton.json")
        try CPSHarness.run(["export", "sefton"]).out.write(to: file, atomically: true, encoding: .utf8)
        let result = CPSHarness.run(["migrate", file.path])
        #expect(result.status == 65)
        #expect(result.error.contains(file.path) && result.error.contains("holds no schema version 1 pack"))
        #expect(CPSHarness.run(["migrate"]).status == 64)
    }

    @Test func aVersion1PackLoadsBesideTheBuiltIns() throws {
        let file = try copyOfFixture()
        let listed = CPSHarness.run(["list", "--authority-path", file.path, "--format", "json"])
        #expect(listed.status == 0, "\(listed.error)")
        #expect(listed.out.contains("\"example\""))
    }
}

/// `cps schema` prints the schema generated from the model.
@Suite struct SchemaCommandTests {
    @Test func printsTheGeneratedSchema() throws {
        let result = CPSHarness.run(["schema"])
        #expect(result.status == 0)
        #expect(result.out == (try SchemaCommand.text()))
        #expect(result.out.contains("\"$schema\": \"https://json-schema.org/draft/2020-12/schema\""))
    }
}
