import Foundation
import Testing

/// The end-to-end scaffold: runs the `scaffold-authority` package plugin in a temporary copy of the package, then
/// `swift build`, `cps list` and a nested `swift test` there. It takes minutes, so it runs only with `CPS_E2E=1`
/// (its own step of `.ci/run`); the templates' golden, unit and type-check tests cover it in every run.
///
/// It scaffolds Halton, a council no walkthrough in the README uses, so a reader's Blackpool and this test never
/// meet.
@Suite(.serialized) struct ScaffoldPluginTests {
    static let requested = ProcessInfo.processInfo.environment["CPS_E2E"] == "1"
    static let canRun = requested && !Subprocess.nested && Subprocess.which("swift") != nil && Subprocess.which("git") != nil

    @Test(.enabled(if: canRun, "The end-to-end scaffold runs only with CPS_E2E=1 (and swift and git on PATH, not nested)."), .timeLimit(.minutes(30)))
    func scaffoldsACouncilThatBuildsTestsAndIsListed() throws {
        let copy = try Subprocess.copyOfPackage()
        let manifest = try String(contentsOf: copy.appendingPathComponent("Package.swift"), encoding: .utf8)
        let plugin = ["swift", "package", "--allow-writing-to-package-directory", "scaffold-authority"]

        let refused = try Subprocess.run(plugin + ["--name", "../Evil"], in: copy)
        #expect(refused.status != 0)
        #expect(refused.output.contains("\"../Evil\" is not a valid module name"))
        #expect(try String(contentsOf: copy.appendingPathComponent("Package.swift"), encoding: .utf8) == manifest)
        #expect(!FileManager.default.fileExists(atPath: copy.appendingPathComponent("Evil").path))
        // The plugin's tool is built, and `cps` is not.
        for product in ["cps", "cps-tool"] {
            #expect(!FileManager.default.fileExists(atPath: copy.appendingPathComponent(".build/debug/\(product)").path))
        }

        let scaffolded = try Subprocess.run(plugin + ["--name", "Halton", "--ons", "E06000006", "--dfe", "876", "--region", "North West"], in: copy)
        #expect(scaffolded.status == 0, "\(scaffolded.output.suffix(2000))")
        #expect(FileManager.default.fileExists(atPath: copy.appendingPathComponent("Sources/Authorities/Halton/Halton.swift").path))
        let scaffoldedManifest = try String(contentsOf: copy.appendingPathComponent("Package.swift"), encoding: .utf8)
        #expect(scaffoldedManifest.contains("    \"Lancashire\",\n    \"Halton\",\n") || scaffoldedManifest.contains("    \"Halton\",\n    \"Lancashire\",\n"))

        let again = try Subprocess.run(plugin + ["--name", "Halton"], in: copy)
        #expect(again.status != 0)
        #expect(again.output.contains("Halton is in the authorities list of Package.swift already, so nothing was changed"))
        #expect(try String(contentsOf: copy.appendingPathComponent("Package.swift"), encoding: .utf8) == scaffoldedManifest)

        let built = try Subprocess.run(["swift", "build"], in: copy)
        #expect(built.status == 0, "\(built.output.suffix(2000))")
        let cps = copy.appendingPathComponent(".build/debug/cps").path
        let list = try Subprocess.run([cps, "list", "--format", "csv"], in: copy)
        #expect(list.output.contains("halton,Halton Council,North West,"))
        let exported = try Subprocess.run([cps, "export", "halton"], in: copy)
        #expect(exported.output.contains("\"ons\": \"E06000006\""))

        let tested = try Subprocess.run(["swift", "test"], in: copy, environment: ["CPS_NESTED_TEST": "1"])
        let failures = tested.output.split(separator: "\n").filter { $0.contains("✘") || $0.contains("error:") }.prefix(40)
        #expect(tested.status == 0, "\(failures.joined(separator: "\n"))\n\(tested.output.suffix(1500))")
        #expect(tested.output.contains("HaltonTests"))
    }
}
