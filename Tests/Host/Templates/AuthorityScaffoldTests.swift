@testable import CPSKit
import Foundation
import Testing

@Suite struct AuthorityScaffoldTests {
    @Test(arguments: ["Blackpool", "NorthSomerset", "Bath2"])
    func acceptsModuleNames(name: String) throws {
        try AuthorityScaffold.check(name)
    }

    @Test(arguments: ["", "blackpool", "North Somerset", "../Evil", "Sefton/Evil", "Ünited", "BlackpoolAuthority", "Black-pool"])
    func refusesOtherNames(name: String) {
        #expect(throws: CPSError.self) { try AuthorityScaffold.check(name) }
    }

    @Test func suggestsAModuleName() {
        do { try AuthorityScaffold.check("North Somerset") } catch { #expect(error.description.contains("try NorthSomerset")) }
    }

    @Test func addsTheNameInOrder() throws {
        let manifest = "let x = 1\nlet authorities = [\n    \"Lancashire\",\n    \"Sefton\",\n]\nlet y = 2"
        #expect(try AuthorityScaffold.adding("Middlesbrough", to: manifest) == "let x = 1\nlet authorities = [\n    \"Lancashire\",\n    \"Middlesbrough\",\n    \"Sefton\",\n]\nlet y = 2")
        #expect(try AuthorityScaffold.adding("Wigan", to: manifest).contains("\"Sefton\",\n    \"Wigan\",\n]"))
        #expect(throws: CPSError.self) { try AuthorityScaffold.adding("Sefton", to: manifest) }
        #expect(throws: CPSError.self) { try AuthorityScaffold.adding("Wigan", to: "let x = 1") }
    }

    @Test func writesNothingWhenItRefuses() throws {
        let root = try CPSHarness.temporaryFolder()
        try FileManager.default.createDirectory(at: root.appendingPathComponent("Sources/Authorities/Sefton"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: root.appendingPathComponent("Tests/Authorities"), withIntermediateDirectories: true)
        let manifest = "let authorities = [\n    \"Lancashire\",\n]\n"
        try manifest.write(to: root.appendingPathComponent("Package.swift"), atomically: true, encoding: .utf8)
        let result = CPSHarness.run(["scaffold-authority", "--name", "Sefton", "--package-path", root.path])
        #expect(result.status == 73)
        #expect(try String(contentsOf: root.appendingPathComponent("Package.swift"), encoding: .utf8) == manifest)
        let made = CPSHarness.run(["scaffold-authority", "--name", "NorthSomerset", "--package-path", root.path])
        #expect(made.status == 0)
        let source = try String(contentsOf: root.appendingPathComponent("Sources/Authorities/NorthSomerset/NorthSomerset.swift"), encoding: .utf8)
        #expect(source.contains("id: \"north-somerset\", name: \"North Somerset Council\","))
        #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent("Tests/Authorities/NorthSomersetTests.swift").path))
    }
}
