import AuthorityTemplates
import CorporateParenting
import Foundation
import Testing

/// The generated files, whole, against golden text in `Golden/`: for a plain council and for a hostile name. A
/// change to a template shows here as a diff to review; write the new golden text only when the change is meant.
@Suite struct ScaffoldGoldenTests {
    static let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    static func text(_ file: String) throws -> String {
        try String(contentsOf: golden.appendingPathComponent(file), encoding: .utf8)
    }

    @Test func plainCouncil() throws {
        let scaffold = try AuthorityScaffold(name: "Blackpool", ons: "E06000009", dfe: "890", region: "North West")
        #expect(scaffold.moduleSource == (try Self.text("Blackpool.swift.golden")))
        #expect(scaffold.testSource == (try Self.text("BlackpoolTests.swift.golden")))
    }

    @Test func hostileName() throws {
        let scaffold = try ScaffoldInjectionTests.evil()
        #expect(scaffold.moduleSource == (try Self.text("Evil.swift.golden")))
        #expect(scaffold.testSource == (try Self.text("EvilTests.swift.golden")))
    }

    /// This package's own manifest takes the new line, and only that line changes.
    @Test func manifestLine() throws {
        let manifest = try String(contentsOf: Subprocess.root.appendingPathComponent("Package.swift"), encoding: .utf8)
        let added = try AuthorityScaffold.adding("Scaffoldshire", to: manifest)
        #expect(added.components(separatedBy: "\n    \"Scaffoldshire\",\n").count == 2)
        #expect(added.replacingOccurrences(of: "\n    \"Scaffoldshire\",\n", with: "\n") == manifest)
    }

    /// The templates do not import the framework, so they spell its marker themselves: it must stay the one
    /// `cps validate` looks for.
    @Test func markerIsTheFrameworks() {
        #expect(AuthorityScaffold.toBeCompleted == FlaggedText.marker)
    }
}
