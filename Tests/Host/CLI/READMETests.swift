@testable import CPSEngine
@testable import CPSKit
import Foundation
import Testing

/// The README cannot drift from the specs: its table of commands is the generated one, every `cps` command line it
/// shows parses, and every option it names beside a command is one that command takes.
@Suite struct READMETests {
    static let specs = CPS.commands.map { $0.spec }

    static func spec(_ name: String) -> CommandSpec? { specs.first { $0.name == name } }

    static func takes(_ spec: CommandSpec, _ option: String) -> Bool {
        option == "--help" || spec.allOptions.contains { "--\($0.name)" == option || $0.short.map { "-\($0)" } == option }
    }

    /// The `cps` command lines in the README's code blocks, as arguments.
    static func codeBlockCommands() throws -> [[String]] {
        try READMEText.load().codeLines.compactMap(READMEText.cpsArguments)
    }

    @Test func theREADMECarriesTheGeneratedTableOfCommands() throws {
        let readme = try READMEText.load()
        let table = try #require(readme.generatedTable, "the README has no generated table between its markers")
        let generated = CPSHarness.run(["manual", "--markdown"])
        #expect(generated.status == 0)
        #expect(table == generated.out, "regenerate the README's table with `swift run cps manual --markdown`")
        for spec in Self.specs { #expect(table.contains("| `cps \(spec.name)"), "the table lists \(spec.name)") }
    }

    @Test func everyCommandLineInTheREADMEsCodeBlocksParses() throws {
        let commands = try Self.codeBlockCommands()
        #expect(commands.count >= 15, "the README's code blocks run cps \(commands.count) times")
        for arguments in commands where !READMEText.hasPlaceholder(arguments) {
            if ["--help", "-h", "--version", "help"].contains(arguments.first ?? "") { continue }
            if case .failure(let error) = CPS.parse(arguments) {
                Issue.record("`cps \(arguments.joined(separator: " "))` does not parse: \(error.description)")
            }
        }
    }

    @Test func everyCommandLineInTheREADMEsCodeBlocksGivesItsHelpThroughTheBinary() throws {
        for arguments in try Self.codeBlockCommands() where !READMEText.hasPlaceholder(arguments) {
            let result = try RealBinary.run(arguments + ["--help"])
            #expect(result.status == 0, "cps \(arguments.joined(separator: " ")) --help: \(result.error)")
            #expect(result.error.isEmpty)
            #expect(result.out.hasPrefix("USAGE: cps") || result.out.hasPrefix("cps \(CPS.version)"))
        }
    }

    @Test func everyInlineCPSCommandParses() throws {
        var checked = 0
        for span in READMEText.inlineCode(try READMEText.load().text) where span.hasPrefix("cps ") {
            let arguments = Array(READMEText.shellWords(span).dropFirst())
            if READMEText.hasPlaceholder(arguments) { continue }
            checked += 1
            if arguments.count == 1 {
                #expect(Self.spec(arguments[0]) != nil, "`\(span)` names no command")
                continue
            }
            if case .failure(let error) = CPS.parse(arguments) {
                Issue.record("`\(span)` does not parse: \(error.description)")
            }
        }
        #expect(checked >= 10, "checked \(checked) inline commands")
    }

    /// In a paragraph that names commands (`cps validate`), each option in inline code (`--findings-per-rule`) must
    /// be one of those commands' options; a paragraph naming no command may be about `swift` or `cps-benchmark`.
    @Test func everyOptionAParagraphNamesBesideACommandIsOneItTakes() throws {
        var checked = 0
        for paragraph in try READMEText.load().paragraphs {
            let spans = READMEText.inlineCode(paragraph)
            let named = spans.compactMap { span -> CommandSpec? in
                guard span.hasPrefix("cps ") else { return nil }
                return READMEText.shellWords(span).dropFirst().first.flatMap(Self.spec)
            }
            guard !named.isEmpty, !paragraph.hasPrefix("| Command |") else { continue }
            let options = spans.flatMap(READMEText.shellWords).filter { $0.hasPrefix("-") && $0.count > 1 }
                .map { String($0.prefix { $0 != "=" }) }
            for option in options {
                checked += 1
                #expect(named.contains { Self.takes($0, option) },
                        "the README names \(option) beside \(named.map { "cps \($0.name)" }.joined(separator: ", ")), which do not take it: \(paragraph.prefix(80))")
            }
        }
        #expect(checked >= 3)
    }

    @Test func everyOptionInTheTableIsOneTheCommandTakes() throws {
        let table = try #require(try READMEText.load().generatedTable)
        for row in table.split(separator: "\n").dropFirst(2) {
            let cells = row.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            let name = READMEText.shellWords(cells[1].replacing("`", with: ""))[1]
            let spec = try #require(Self.spec(name), "the table names a command \(name) cps does not have")
            for option in READMEText.inlineCode(cells[2]) { #expect(Self.takes(spec, option), "cps \(name) \(option)") }
        }
    }

    /// The README's claim about the selection options: every command its reading-and-comparing examples run that
    /// reads authorities (those taking `--authority-path`) takes `--format`, `--authorities` and `--region`, or
    /// refuses them with a reason of its own (a command that names its councils).
    @Test func theSelectionOptionsClaimHolds() throws {
        let readme = try READMEText.load()
        let claim = try #require(readme.paragraphs.first { $0.hasPrefix("Every command that prints takes") })
        let claimed = READMEText.inlineCode(claim).map { String($0.split(separator: " ")[0]) }.filter { ["--format", "--authorities", "--region"].contains($0) }
        #expect(claimed == ["--format", "--authorities", "--region"])
        let section = readme.text.components(separatedBy: "## Reading and comparing strategies")[1].components(separatedBy: "\n## ")[0]
        let commands = Set(READMEText(text: section).codeLines.compactMap(READMEText.cpsArguments).compactMap(\.first).compactMap(Self.spec)
            .filter { Self.takes($0, "--authority-path") }.map(\.name))
        #expect(commands.count >= 6)
        for name in commands.sorted() {
            let spec = try #require(Self.spec(name))
            for option in claimed {
                #expect(Self.takes(spec, option) || spec.refusals[String(option.dropFirst(2))] != nil, "cps \(name) \(option)")
            }
        }
        #expect(Self.takes(try #require(Self.spec("list")), "--region"))
        #expect(Self.takes(try #require(Self.spec("gaps")), "--authorities"))
    }
}
