@testable import CPSKit
import Foundation
import Testing

/// `cps scaffold-authority` writes a council's name into Swift source as an escaped literal and one-line comments,
/// so no name can add code, and refuses codes and regions of the wrong shape.
@Suite struct ScaffoldInjectionTests {
    /// An interpolation, quotes, a block-comment end, a newline starting a comment, a carriage return, a tab, a
    /// colour escape, a right-to-left override and a final backslash.
    static let council = "Evil \\(fatalError(\"x\")) \"quoted\" */\n// newline\r\t\u{1B}[31m \u{202E} end\\"

    /// A folder laid out as this package is, enough for the scaffold: a manifest and `Tests/Authorities`.
    func packageRoot() throws -> URL {
        let root = try CPSHarness.temporaryFolder()
        try FileManager.default.createDirectory(at: root.appendingPathComponent("Sources/Authorities"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: root.appendingPathComponent("Tests/Authorities"), withIntermediateDirectories: true)
        try "let authorities = [\n    \"Lancashire\",\n]\n".write(to: root.appendingPathComponent("Package.swift"), atomically: true, encoding: .utf8)
        return root
    }

    /// Scaffolds the module `Evil` with the hostile council name and returns the package root.
    func scaffoldEvil() throws -> URL {
        let root = try packageRoot()
        let result = CPSHarness.run(["scaffold-authority", "--name", "Evil", "--council", Self.council, "--id", "evil",
                                     "--ons", "E06000009", "--dfe", "890", "--region", "north WEST", "--package-path", root.path])
        #expect(result.status == 0, "\(result.error)")
        #expect(result.error.split(separator: "\n").count == 1)
        return root
    }

    @Test func literalsEscapeEverythingSwiftWouldRead() {
        #expect(SwiftSource.literal("plain – café") == "\"plain – café\"")
        #expect(SwiftSource.literal(Self.council) == #""Evil \\(fatalError(\"x\")) \"quoted\" */\n// newline\r\t\u{1B}[31m \u{202E} end\\""#)
        #expect(SwiftSource.literal("\u{0}\u{7F}\u{85}\u{2028}\u{2066}") == #""\0\u{7F}\u{85}\u{2028}\u{2066}""#)
        #expect(SwiftSource.comment("a\nb\r\u{1B}") == #"a\nb\r\u{1B}"#)
    }

    @Test func generatedSourceHoldsTheNameAsText() throws {
        let root = try scaffoldEvil()
        let source = try String(contentsOf: root.appendingPathComponent("Sources/Authorities/Evil/Evil.swift"), encoding: .utf8)
        let test = try String(contentsOf: root.appendingPathComponent("Tests/Authorities/EvilTests.swift"), encoding: .utf8)
        let literal = #""Evil \\(fatalError(\"x\")) \"quoted\" */\n// newline\r\t\u{1B}[31m \u{202E} end\\""#
        #expect(source.contains("        id: \"evil\", name: \(literal), ons: \"E06000009\", dfe: \"890\", region: \"North West\",\n"))
        #expect(source.contains(#"/// Evil \(fatalError("x")) "quoted" */\n// newline\r\t\u{1B}[31m \u{202E} end\'s corporate parenting strategy"#))
        #expect(test.contains("        #expect(pack.name == \(literal))\n"))
        for text in [source, test] {
            #expect(!text.unicodeScalars.contains { VisibleText.isShown($0) && $0 != "\n" }, "no raw control or bidirectional character")
            // Each line is a comment, blank, or code the template wrote: the name never starts a line of its own.
            #expect(!text.split(separator: "\n").contains { $0.drop(while: { $0 == " " }).hasPrefix("// newline") })
        }
    }

    @Test(arguments: [
        (["--ons", "E06\")"], "The ONS code \"E06\")\" is not"), (["--ons", "E0600000"], "is not a GSS code"),
        (["--dfe", "89"], "The DfE code \"89\" is not three digits"), (["--dfe", "8\\(x)"], "not three digits"),
        (["--region", "North West\\(x)"], "is not one of England's regions"), (["--region", "Wales"], "\"Wales\" is not one of England's regions"),
    ])
    func refusesCodesAndRegionsItCannotTrust(option: [String], message: String) throws {
        let root = try packageRoot()
        let manifest = try String(contentsOf: root.appendingPathComponent("Package.swift"), encoding: .utf8)
        let result = CPSHarness.run(["scaffold-authority", "--name", "Evil", "--package-path", root.path] + option)
        #expect(result.status == 64)
        #expect(result.error.contains(message), "\(result.error)")
        #expect(result.error.split(separator: "\n").count == 1)
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("Sources/Authorities/Evil").path))
        #expect(try String(contentsOf: root.appendingPathComponent("Package.swift"), encoding: .utf8) == manifest)
    }

    /// The built `CorporateParenting` module, its object files and `swiftc`, when all are there.
    static let compiler: (swiftc: String, modules: URL, objects: [String])? = {
        let debug = Subprocess.root.appendingPathComponent(".build/debug")
        let modules = debug.appendingPathComponent("Modules")
        let objectFolder = debug.appendingPathComponent("CorporateParenting.build")
        guard let swiftc = Subprocess.which("swiftc"),
              FileManager.default.fileExists(atPath: modules.appendingPathComponent("CorporateParenting.swiftmodule").path),
              let files = try? FileManager.default.contentsOfDirectory(atPath: objectFolder.path)
        else { return nil }
        let objects = files.filter { $0.hasSuffix(".o") }.sorted().map { objectFolder.appendingPathComponent($0).path }
        return objects.isEmpty ? nil : (swiftc, modules, objects)
    }()

    /// Type-checks the generated module and its test against the built framework, then compiles the module into a
    /// program that prints the pack's name: it must be the council's name, character for character.
    @Test(.enabled(if: compiler != nil, "The CorporateParenting module is not built in .build/debug, or swiftc is not on PATH."))
    func generatedSourceCompilesAndSaysTheNameLiterally() throws {
        guard let (swiftc, modules, objects) = Self.compiler else { return }
        let root = try scaffoldEvil()
        let source = root.appendingPathComponent("Sources/Authorities/Evil/Evil.swift").path
        let work = try CPSHarness.temporaryFolder()

        let checked = try Subprocess.run([swiftc, "-typecheck", "-I", modules.path, source], seconds: 300)
        #expect(checked.status == 0, "\(checked.output)")

        // The test file imports the module as EvilAuthority.
        let module = try Subprocess.run([swiftc, "-emit-module", "-parse-as-library", "-module-name", "EvilAuthority", "-I", modules.path,
                                         source, "-emit-module-path", work.appendingPathComponent("EvilAuthority.swiftmodule").path], seconds: 300)
        #expect(module.status == 0, "\(module.output)")
        let test = root.appendingPathComponent("Tests/Authorities/EvilTests.swift").path
        let testChecked = try Subprocess.run([swiftc, "-typecheck", "-I", modules.path, "-I", work.path, test], seconds: 300)
        #expect(testChecked.status == 0, "\(testChecked.output)")

        let main = work.appendingPathComponent("main.swift")
        try "print(Evil.pack.name, terminator: \"\")\n".write(to: main, atomically: true, encoding: .utf8)
        let program = work.appendingPathComponent("evil").path
        let built = try Subprocess.run([swiftc, "-module-name", "EvilProgram", "-I", modules.path, source, main.path] + objects + ["-o", program], seconds: 300)
        #expect(built.status == 0, "\(built.output)")
        let ran = try Subprocess.run([program], seconds: 60)
        #expect(ran.status == 0)
        #expect(Array(ran.output.unicodeScalars) == Array(Self.council.unicodeScalars), "the program printed \(ran.output.debugDescription)")
    }
}
