import Foundation
import Testing

/// Runs the `scaffold-authority` package plugin in a temporary copy of the package, then `swift build`, `cps list`
/// and `swift test` there.
@Suite(.serialized) struct ScaffoldPluginTests {
    static let canRun = !Subprocess.nested && Subprocess.which("swift") != nil && Subprocess.which("git") != nil

    @Test(.enabled(if: canRun, "No swift or git on PATH, or a nested test run."), .timeLimit(.minutes(30)))
    func scaffoldsACouncilThatBuildsTestsAndIsListed() throws {
        let copy = try Subprocess.copyOfPackage()
        let manifest = try String(contentsOf: copy.appendingPathComponent("Package.swift"), encoding: .utf8)

        let refused = try Subprocess.run(["swift", "package", "--allow-writing-to-package-directory", "scaffold-authority", "--name", "../Evil"], in: copy)
        #expect(refused.status != 0)
        #expect(refused.output.contains("is not a valid module name"))
        #expect(try String(contentsOf: copy.appendingPathComponent("Package.swift"), encoding: .utf8) == manifest)
        #expect(!FileManager.default.fileExists(atPath: copy.appendingPathComponent("Evil").path))

        let scaffolded = try Subprocess.run(["swift", "package", "--allow-writing-to-package-directory", "scaffold-authority",
                                             "--name", "Blackpool", "--ons", "E06000009", "--dfe", "890", "--region", "North West"], in: copy)
        #expect(scaffolded.status == 0, "\(scaffolded.output.suffix(2000))")
        #expect(FileManager.default.fileExists(atPath: copy.appendingPathComponent("Sources/Authorities/Blackpool/Blackpool.swift").path))
        #expect(try String(contentsOf: copy.appendingPathComponent("Package.swift"), encoding: .utf8).contains("    \"Blackpool\",\n    \"Lancashire\","))

        let again = try Subprocess.run(["swift", "package", "--allow-writing-to-package-directory", "scaffold-authority", "--name", "Blackpool"], in: copy)
        #expect(again.status != 0)
        #expect(again.output.contains("Blackpool is in the authorities list of Package.swift already."))

        let built = try Subprocess.run(["swift", "build"], in: copy)
        #expect(built.status == 0, "\(built.output.suffix(2000))")
        let list = try Subprocess.run([copy.appendingPathComponent(".build/debug/cps").path, "list", "--format", "csv"], in: copy)
        #expect(list.output.contains("blackpool,Blackpool Council,North West,"))
        let validated = try Subprocess.run([copy.appendingPathComponent(".build/debug/cps").path, "export", "blackpool"], in: copy)
        #expect(validated.output.contains("\"ons\": \"E06000009\""))

        let tested = try Subprocess.run(["swift", "test"], in: copy, environment: ["CPS_NESTED_TEST": "1"])
        #expect(tested.status == 0, "\(tested.output.suffix(3000))")
        #expect(tested.output.contains("BlackpoolTests"))
    }
}
