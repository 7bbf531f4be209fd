import Foundation
import Testing

/// The plugin's tool, `AuthorityScaffolder`, run as the plugin runs it (the real binary, in a folder laid out as
/// this package is): what it writes, and that a refusal is one sentence, a non-zero status and nothing changed.
@Suite struct ScaffolderToolTests {
    /// The tool built beside the test bundle, or in `.build/debug`.
    static let binary: URL? = {
        let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("AuthorityScaffolder")
        if FileManager.default.isExecutableFile(atPath: beside.path) { return beside }
        let debug = Subprocess.root.appendingPathComponent(".build/debug/AuthorityScaffolder")
        return FileManager.default.isExecutableFile(atPath: debug.path) ? debug : nil
    }()

    static let manifest = "let authorities = [\n    \"Lancashire\",\n]\n"

    /// A folder laid out as this package is, enough for the scaffold: a manifest and both `Authorities` folders.
    static func packageRoot() throws -> URL {
        let root = try CPSHarness.temporaryFolder()
        for folder in ["Sources/Authorities/Lancashire", "Tests/Authorities"] {
            try FileManager.default.createDirectory(at: root.appendingPathComponent(folder), withIntermediateDirectories: true)
        }
        try manifest.write(to: root.appendingPathComponent("Package.swift"), atomically: true, encoding: .utf8)
        return root
    }

    /// Runs the tool with `arguments`, standard output and error apart.
    static func run(_ arguments: [String]) throws -> (status: Int32, output: String, error: String) {
        guard let binary else { return (-1, "", "") }
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        let output = Pipe(), error = Pipe()
        process.standardOutput = output
        process.standardError = error
        try process.run()
        let out = output.fileHandleForReading.readDataToEndOfFile(), err = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationReason == .exit, "killed by a signal")
        return (process.terminationStatus, String(decoding: out, as: UTF8.self), String(decoding: err, as: UTF8.self))
    }

    /// Every file under `root`, with its contents.
    static func snapshot(_ root: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        let walker = FileManager.default.enumerator(atPath: root.path)
        while let path = walker?.nextObject() as? String {
            let url = root.appendingPathComponent(path)
            files[path] = (try? Data(contentsOf: url)) ?? Data("folder".utf8)
        }
        return files
    }

    @Test(.enabled(if: binary != nil, "The AuthorityScaffolder tool is not built beside the tests."))
    func writesTheModuleTheTestAndTheLine() throws {
        let root = try Self.packageRoot()
        let result = try Self.run(["--package-path", root.path + "/", "--name", "NorthSomerset", "--ons", "E06000024", "--dfe", "802", "--region", "south west"])
        #expect(result.status == 0, "\(result.error)")
        #expect(result.output.isEmpty)
        #expect(result.error == "Added NorthSomerset (id north-somerset): \(root.path)/Sources/Authorities/NorthSomerset/NorthSomerset.swift, \(root.path)/Tests/Authorities/NorthSomersetTests.swift, \(root.path)/Package.swift. Run `swift build` and `swift test`; `swift run cps list` shows it.\n")
        let source = try String(contentsOf: root.appendingPathComponent("Sources/Authorities/NorthSomerset/NorthSomerset.swift"), encoding: .utf8)
        #expect(source.contains("        id: \"north-somerset\", name: \"North Somerset Council\", ons: \"E06000024\", dfe: \"802\", region: \"South West\",\n"))
        let test = try String(contentsOf: root.appendingPathComponent("Tests/Authorities/NorthSomersetTests.swift"), encoding: .utf8)
        #expect(test.contains("import NorthSomersetAuthority\n"))
        #expect(try String(contentsOf: root.appendingPathComponent("Package.swift"), encoding: .utf8) == "let authorities = [\n    \"Lancashire\",\n    \"NorthSomerset\",\n]\n")
    }

    /// Run twice, as a reader following the README twice would: the second run refuses, saying how to start
    /// afresh, and leaves every file as the first run wrote it.
    @Test(.enabled(if: binary != nil, "The AuthorityScaffolder tool is not built beside the tests."))
    func refusesASecondRunAndKeepsTheFirst() throws {
        let root = try Self.packageRoot()
        #expect(try Self.run(["--package-path", root.path, "--name", "Blackpool"]).status == 0)
        let first = try Self.snapshot(root)
        let again = try Self.run(["--package-path", root.path, "--name", "Blackpool", "--ons", "E06000009"])
        #expect(again.status == 64)
        #expect(again.error == "error: Blackpool is in the authorities list of Package.swift already, so nothing was changed; to scaffold it afresh, first delete Sources/Authorities/Blackpool, Tests/Authorities/BlackpoolTests.swift and its line in Package.swift (or choose another name).\n")
        #expect(try Self.snapshot(root) == first)
    }

    @Test(.enabled(if: binary != nil, "The AuthorityScaffolder tool is not built beside the tests."), arguments: [
        (["--name", "../../Evil"], Int32(64), "\"../../Evil\" is not a valid module name: use letters and digits, starting with a capital, such as Blackpool or NorthSomerset; try Evil."),
        (["--name", "Evil", "--dfe", "89"], 64, "The DfE code \"89\" is not three digits such as 890."),
        (["--name", "Evil", "--region", "Wales\u{1B}[31m"], 64, "\"Wales\\u{1B}[31m\" is not one of England's regions"),
        (["--ons", "E06000009"], 64, "Give the module's name with --name, such as --name Blackpool."),
        (["--name", "Lancashire"], 64, "Lancashire is in the authorities list of Package.swift already"),
        (["--name", "Sefton"], 73, "{root}/Sources/Authorities/Sefton exists already, so nothing was changed; delete it first to scaffold the council afresh."),
        (["--name", "Wigan"], 73, "{root}/Tests/Authorities/WiganTests.swift exists already, so nothing was changed; delete it first to scaffold the council afresh."),
        (["--name", "Wigan", "--package-path", "{root}/Sources"], 66, "Could not read {root}/Sources/Package.swift: there is no such file."),
    ])
    func refusesAndChangesNothing(arguments: [String], status: Int32, message: String) throws {
        let root = try Self.packageRoot()
        try FileManager.default.createDirectory(at: root.appendingPathComponent("Sources/Authorities/Sefton"), withIntermediateDirectories: true)
        try "// by hand\n".write(to: root.appendingPathComponent("Tests/Authorities/WiganTests.swift"), atomically: true, encoding: .utf8)
        let before = try Self.snapshot(root)
        let given = arguments.contains("--package-path") ? arguments : ["--package-path", root.path] + arguments
        let result = try Self.run(given.map { $0.replacingOccurrences(of: "{root}", with: root.path) })
        #expect(result.status == status)
        #expect(result.error.hasPrefix("error: " + message.replacingOccurrences(of: "{root}", with: root.path)), "\(result.error)")
        #expect(result.error.split(separator: "\n").count == 1)
        #expect(try Self.snapshot(root) == before)
    }

    @Test(.enabled(if: binary != nil, "The AuthorityScaffolder tool is not built beside the tests."))
    func explainsItself() throws {
        let result = try Self.run(["--help"])
        #expect(result.status == 0)
        #expect(result.output.hasPrefix("Usage: swift package --allow-writing-to-package-directory scaffold-authority --name NAME [options]\n"))
        #expect(result.error.isEmpty)
    }
}
