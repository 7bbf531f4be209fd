@testable import CPSEngine
@testable import CPSKit
import Foundation
import Testing

/// `cps manual`: the roff page made from the specs, its sections, its escaping, and (where groff is installed) that
/// it renders without a warning.
@Suite struct ManualPageTests {
    static let macros: Set<String> = ["TH", "SH", "SS", "TP", "B", "I", "BR", "RI", "PP", "RS", "RE", "nf", "fi", "br"]

    func page() throws -> RealBinary.Result { try RealBinary.run(["manual"]) }

    @Test func thePageHasEverySectionCommandOptionStatusAndVariable() throws {
        let result = try page()
        #expect(result.status == 0)
        #expect(result.error.isEmpty)
        let text = result.out
        #expect(text.hasPrefix(".TH CPS 1 \"\" \"cps \(CPS.version)\" \"User Commands\"\n"))
        let sections = text.split(separator: "\n").filter { $0.hasPrefix(".SH ") }
        #expect(sections == [".SH NAME", ".SH SYNOPSIS", ".SH DESCRIPTION", ".SH COMMANDS", ".SH OPTIONS", ".SH \"EXIT STATUS\"",
                             ".SH ENVIRONMENT", ".SH \"SEE ALSO\""])
        for command in CPS.commands {
            #expect(text.contains(".SS \"cps \(command.spec.name.replacing("-", with: "\\-"))"), "command \(command.spec.name)")
            for option in command.spec.options {
                #expect(text.contains("\\-\\-" + option.name.replacing("-", with: "\\-") + "\\fR"), "\(command.spec.name) --\(option.name)")
            }
        }
        let statuses = text.components(separatedBy: ".SH \"EXIT STATUS\"")[1].components(separatedBy: ".SH ENVIRONMENT")[0]
        #expect(statuses.split(separator: "\n").filter { $0.hasPrefix(".B ") } == ["0", "1", "64", "65", "66", "69", "73", "74"].map { ".B \($0)" })
        for name in ["COLUMNS", "NO_COLOR", "CPS_AUTHORITY_PATH", "CPS_MAX_PACK_BYTES"] {
            #expect(text.contains(".TP\n.B \(name)\n"), "variable \(name)")
        }
        #expect(try page().out == text, "the page is the same on every run")
    }

    @Test func everyControlLineIsAKnownMacroAndNoTextLineStartsWithOne() throws {
        for line in try page().out.split(separator: "\n") {
            #expect(!line.hasPrefix("'"), "\(line)")
            guard line.hasPrefix(".") else { continue }
            let macro = line.dropFirst().split(separator: " ").first.map(String.init) ?? ""
            #expect(Self.macros.contains(macro), "\(line)")
        }
    }

    @Test func exitStatusesAreTheExitCodes() {
        #expect(ExitCode.meanings.map(\.status) == [ExitCode.success, ExitCode.failure, ExitCode.usage, ExitCode.dataError,
                                                   ExitCode.noInput, ExitCode.unavailable, ExitCode.cannotCreate, ExitCode.ioError])
        #expect(ExitCode.meanings.map(\.status) == [0, 1, 64, 65, 66, 69, 73, 74])
    }

    @Test func everyEnvironmentVariableTheSourcesReadIsDocumented() throws {
        let sources = Subprocess.root.appendingPathComponent("Sources/Host")
        let files = try #require(FileManager.default.enumerator(atPath: sources.path)).compactMap { $0 as? String }.filter { $0.hasSuffix(".swift") }
        var read: Set<String> = []
        for file in files {
            let text = try String(contentsOf: sources.appendingPathComponent(file), encoding: .utf8)
            for piece in text.components(separatedBy: "environment[\"").dropFirst() {
                read.insert(String(piece.prefix { $0 != "\"" }))
            }
        }
        #expect(read.contains("COLUMNS") && read.contains("CPS_AUTHORITY_PATH"), "the scan finds the variables")
        #expect(read.subtracting(EnvironmentVariable.all.map(\.name)).isEmpty, "undocumented: \(read.subtracting(EnvironmentVariable.all.map(\.name)).sorted())")
    }

    @Test func escapingProtectsControlCharactersBackslashesAndHyphens() {
        #expect(ManualPage.escape(".SH injected\n'br\nC:\\packs --force `cps list`") ==
                "\\&.SH injected\n\\&'br\nC:\\epacks \\-\\-force \\fBcps list\\fR")
        #expect(ManualPage.escape("say \"hi\"", inQuotes: true) == "say \"\"hi\"\"")
        #expect(ManualPage.escape("an `unclosed span") == "an \\fBunclosed span\\fR")
    }

    @Test(.enabled(if: Subprocess.which("groff") != nil, "groff is not installed"))
    func groffRendersThePageWithoutWarnings() throws {
        let folder = try CPSHarness.temporaryFolder()
        let file = folder.appendingPathComponent("cps.1")
        let hostile = ".TH T 1\n.SH TEST\n" + ManualPage.escape(".SH injected\n'br\nC:\\packs --force") + "\n"
        let hostileFile = folder.appendingPathComponent("hostile.1")
        try page().out.write(to: file, atomically: true, encoding: .utf8)
        try hostile.write(to: hostileFile, atomically: true, encoding: .utf8)
        let checked = try RealBinary.run(executable: "/usr/bin/env", ["groff", "-man", "-Tutf8", "-ww", "-z", file.path], in: folder, environment: [:], seconds: 60)
        #expect(checked.status == 0)
        #expect(checked.error.isEmpty, "groff warns: \(checked.error)")
        let rendered = try RealBinary.run(executable: "/usr/bin/env", ["groff", "-man", "-Tascii", hostileFile.path], in: folder, environment: [:], seconds: 60)
        #expect(rendered.error.isEmpty)
        #expect(rendered.out.contains(".SH injected"), "the leading dot is printed, not run")
        #expect(rendered.out.contains("'br"))
        #expect(rendered.out.contains("C:\\packs --force"))
    }
}
