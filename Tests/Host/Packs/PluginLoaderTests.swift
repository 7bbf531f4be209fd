import CorporateParenting
@testable import CPSEngine
@testable import CPSKit
import Foundation
import Testing

/// Builds the example authority plugin (`Examples/ExamplePlugin`) and loads it into `cps` at run time; and checks
/// that every way a library can be wrong is one clear error.
@Suite(.serialized) struct PluginLoaderTests {
    static let canBuild = !Subprocess.nested && Subprocess.which("swift") != nil

    /// The example plugin, built once per test run.
    static let examplePlugin: Result<String, Error> = Result {
        let scratch = try CPSHarness.temporaryFolder().appendingPathComponent("build")
        let built = try Subprocess.run(["swift", "build", "--package-path", Subprocess.root.appendingPathComponent("Examples/ExamplePlugin").path,
                                        "--scratch-path", scratch.path])
        guard built.status == 0 else { throw BuildFailed(output: built.output) }
        let library = try FileManager.default.contentsOfDirectory(atPath: scratch.appendingPathComponent("debug").path)
            .first { $0.hasPrefix("libExampleAuthorityPlugin.") }
        return scratch.appendingPathComponent("debug/\(library ?? "libExampleAuthorityPlugin.so")").path
    }

    struct BuildFailed: Error {
        var output: String
    }

    @Test(.enabled(if: canBuild, "No swift on PATH, or a nested test run."), .timeLimit(.minutes(15)))
    func loadsTheExamplePluginWithoutRebuildingCPS() throws {
        let library = try Self.examplePlugin.get()
        let list = CPSHarness.run(["list", "--plugin", library, "--format", "json"])
        #expect(list.status == 0, "\(list.error)")
        #expect(list.out.contains("\"id\": \"example-plugin\""))
        #expect(list.out.contains("\"origin\": \"\(library)\""))
        let show = CPSHarness.run(["show", "example-plugin", "--plugin", library], width: 1000)
        #expect(show.out.contains("Loaded from: the plugin \(library)"))
        let compare = CPSHarness.run(["compare", "example-plugin", "sefton", "--plugin", library])
        #expect(compare.status == 0)
        let twice = CPSHarness.run(["list", "--plugin", library, "--plugin", library])
        #expect(twice.status == 65)
        #expect(twice.error.contains("Two authorities have the id \"example-plugin\": the plugin \(library) and the plugin \(library)"))
    }

    @Test func aMissingFileOrAFolderIsOneClearError() throws {
        let missing = CPSHarness.run(["list", "--plugin", "/no/such/libPlugin.so"])
        #expect(missing.status == 66)
        #expect(missing.error == "cps: Cannot read /no/such/libPlugin.so: no such file or folder.\n")
        let folder = try CPSHarness.temporaryFolder()
        #expect(CPSHarness.run(["list", "--plugin", folder.path]).status == 66)
    }

    @Test func aFileThatIsNotALibraryIsOneClearError() throws {
        let file = try CPSHarness.temporaryFolder().appendingPathComponent("libFake.so")
        try "not a library".write(to: file, atomically: true, encoding: .utf8)
        let result = CPSHarness.run(["list", "--plugin", file.path])
        #expect(result.status == 65)
        #expect(result.error.hasPrefix("cps: \(file.path): it is not a shared library cps can load ("))
    }

    static let hasCompiler = Subprocess.which("cc") != nil

    /// Compiles C source into a shared library.
    func library(_ source: String) throws -> String {
        let folder = try CPSHarness.temporaryFolder()
        let file = folder.appendingPathComponent("plugin.c")
        try source.write(to: file, atomically: true, encoding: .utf8)
        let output = folder.appendingPathComponent("libplugin.so").path
        let built = try Subprocess.run(["cc", "-shared", "-fPIC", "-o", output, file.path], seconds: 120)
        try #require(built.status == 0, "\(built.output)")
        return output
    }

    @Test(.enabled(if: hasCompiler, "No C compiler (cc) to build broken libraries with."))
    func aLibraryWithoutTheEntryPointIsRefused() throws {
        let path = try library("int something(void) { return 1; }\n")
        let result = CPSHarness.run(["list", "--plugin", path])
        #expect(result.status == 65)
        #expect(result.error == "cps: \(path): it does not export cps_plugin_abi_version, so it is not a cps authority plugin.\n")
    }

    @Test(.enabled(if: hasCompiler, "No C compiler (cc) to build broken libraries with."))
    func anotherABIVersionIsRefused() throws {
        let path = try library("unsigned int cps_plugin_abi_version(void) { return 2; }\nconst char *cps_plugin_pack_json(void) { return \"{}\"; }\n")
        let result = CPSHarness.run(["list", "--plugin", path])
        #expect(result.status == 65)
        #expect(result.error.contains("it was built for plugin ABI version 2, but this cps loads version 1; rebuild it against this version of CorporateParenting."))
    }

    @Test(.enabled(if: hasCompiler, "No C compiler (cc) to build broken libraries with."))
    func aMissingOrBrokenPackIsRefused() throws {
        let noPack = try library("unsigned int cps_plugin_abi_version(void) { return 1; }\nconst char *cps_plugin_pack_json(void) { return 0; }\n")
        #expect(CPSHarness.run(["list", "--plugin", noPack]).error.contains("its cps_plugin_pack_json returned no pack"))
        let broken = try library("unsigned int cps_plugin_abi_version(void) { return 1; }\nconst char *cps_plugin_pack_json(void) { return \"{\\\"id\\\": 1}\"; }\n")
        let result = CPSHarness.run(["list", "--plugin", broken])
        #expect(result.status == 65)
        #expect(result.error.contains("its pack cannot be read"))
        let noSymbol = try library("unsigned int cps_plugin_abi_version(void) { return 1; }\n")
        #expect(CPSHarness.run(["list", "--plugin", noSymbol]).error.contains("it does not export cps_plugin_pack_json"))
    }

    /// `text` as a C string literal.
    static func cLiteral(_ text: String) -> String {
        var literal = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": literal += "\\\\"
            case "\"": literal += "\\\""
            case "\n": literal += "\\n"
            default: literal.unicodeScalars.append(scalar)
            }
        }
        return literal + "\""
    }

    /// A library whose pack is `json`.
    func library(returning json: String) throws -> String {
        try library("unsigned int cps_plugin_abi_version(void) { return 1; }\nconst char *cps_plugin_pack_json(void) { return \(Self.cLiteral(json)); }\n")
    }

    @Test(.enabled(if: hasCompiler, "No C compiler (cc) to build broken libraries with."))
    func aPluginBuiltForSchemaVersion1StillLoads() throws {
        let fixture = Subprocess.root.appendingPathComponent("Tests/Framework/Migration/Fixtures/version1.json")
        let path = try library(returning: try String(contentsOf: fixture, encoding: .utf8))
        let list = CPSHarness.run(["list", "--plugin", path, "--format", "json"])
        #expect(list.status == 0, "\(list.error)")
        #expect(list.out.contains("\"id\": \"example\""))
    }

    @Test(.enabled(if: hasCompiler, "No C compiler (cc) to build broken libraries with."))
    func aPackIsCheckedAsAFileIs() throws {
        let repeated = try library(returning: #"{"schemaVersion": 2, "id": "twice", "name": "Twice", "name": "Twice", "document": {"title": "Strategy", "capture": "whole"}, "sections": []}"#)
        let result = CPSHarness.run(["list", "--plugin", repeated])
        #expect(result.status == 65)
        #expect(result.error.contains("[duplicate-key]"), "\(result.error)")
        let array = try library(returning: #"[{"schemaVersion": 2, "id": "one", "name": "One", "document": {"title": "Strategy", "capture": "whole"}, "sections": []}]"#)
        let many = CPSHarness.run(["list", "--plugin", array])
        #expect(many.status == 65)
        #expect(many.error.contains("it returned an array, not one pack"), "\(many.error)")
    }
}
