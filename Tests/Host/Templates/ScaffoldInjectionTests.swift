import AuthorityTemplates
import Foundation
import Testing

/// The scaffold writes a council's name into Swift source as an escaped literal and one-line comments, so no
/// name can add code.
@Suite struct ScaffoldInjectionTests {
    /// An interpolation, quotes, a block-comment end, a newline starting a comment, a carriage return, a tab, a
    /// colour escape, a right-to-left override and a final backslash.
    static let council = "Evil \\(fatalError(\"x\")) \"quoted\" */\n// newline\r\t\u{1B}[31m \u{202E} end\\"

    /// The module `Evil` for the hostile council name.
    static func evil() throws -> AuthorityScaffold {
        try AuthorityScaffold(name: "Evil", council: council, id: "evil", ons: "E06000009", dfe: "890", region: "north WEST")
    }

    @Test func literalsEscapeEverythingSwiftWouldRead() {
        #expect(SwiftSource.literal("plain – café") == "\"plain – café\"")
        #expect(SwiftSource.literal(Self.council) == #""Evil \\(fatalError(\"x\")) \"quoted\" */\n// newline\r\t\u{1B}[31m \u{202E} end\\""#)
        #expect(SwiftSource.literal("\u{0}\u{7F}\u{85}\u{2028}\u{2066}") == #""\0\u{7F}\u{85}\u{2028}\u{2066}""#)
        #expect(SwiftSource.comment("a\nb\r\u{1B}\u{1}") == #"a\nb\r\u{1B}\u{01}"#)
        #expect(SwiftSource.comment("plain \\ text") == "plain \\ text")
    }

    @Test func generatedSourceHoldsTheNameAsText() throws {
        let scaffold = try Self.evil()
        let literal = #""Evil \\(fatalError(\"x\")) \"quoted\" */\n// newline\r\t\u{1B}[31m \u{202E} end\\""#
        #expect(scaffold.moduleSource.contains("        id: \"evil\", name: \(literal), ons: \"E06000009\", dfe: \"890\", region: \"North West\",\n"))
        #expect(scaffold.moduleSource.contains(#"/// Evil \(fatalError("x")) "quoted" */\n// newline\r\t\u{1B}[31m \u{202E} end\'s corporate parenting strategy"#))
        #expect(scaffold.testSource.contains("        #expect(pack.name == \(literal))\n"))
        for text in [scaffold.moduleSource, scaffold.testSource] {
            #expect(!text.unicodeScalars.contains { SwiftSource.isShown($0) && $0 != "\n" }, "no raw control or bidirectional character")
            // Each line is a comment, blank, or code the template wrote: the name never starts a line of its own.
            #expect(!text.split(separator: "\n").contains { $0.drop(while: { $0 == " " }).hasPrefix("// newline") })
        }
    }

    /// Type-checks the hostile module and its test against the built framework, then compiles the module into a
    /// program that prints the pack's name: it must be the council's name, character for character.
    @Test(.enabled(if: BuiltModules.found.map { !$0.objects.isEmpty } == true, "\(BuiltModules.missing)"))
    func generatedSourceCompilesAndSaysTheNameLiterally() throws {
        guard let (swiftc, modules, objects) = BuiltModules.found else { return }
        let scaffold = try Self.evil()
        try ScaffoldTypeCheckTests.typeCheck(scaffold)

        let work = try CPSHarness.temporaryFolder()
        let source = work.appendingPathComponent("Evil.swift")
        try scaffold.moduleSource.write(to: source, atomically: true, encoding: .utf8)
        let main = work.appendingPathComponent("main.swift")
        try "print(Evil.pack.name, terminator: \"\")\n".write(to: main, atomically: true, encoding: .utf8)
        let program = work.appendingPathComponent("evil").path
        let built = try Subprocess.run([swiftc, "-module-name", "EvilProgram", "-I", modules.path, source.path, main.path] + objects + ["-o", program], seconds: 300)
        #expect(built.status == 0, "\(built.output)")
        let ran = try Subprocess.run([program], seconds: 60)
        #expect(ran.status == 0)
        #expect(Array(ran.output.unicodeScalars) == Array(Self.council.unicodeScalars), "the program printed \(ran.output.debugDescription)")
    }
}
