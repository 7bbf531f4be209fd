@testable import CPSEngine
@testable import CPSKit
import Foundation
import Testing

/// `cps completions SHELL`, through the real binary: every command and option the specs hold is in each script, and
/// Bash's script, sourced in a real `bash`, completes commands, options, formats and council ids.
@Suite struct CompletionScriptTests {
    static let specs = CPS.commands.map { $0.spec }

    func script(_ shell: String) throws -> RealBinary.Result {
        try RealBinary.run(["completions", shell])
    }

    @Test(arguments: ["bash", "zsh", "fish"])
    func everyCommandOptionAndFormatIsInTheScript(shell: String) throws {
        let result = try script(shell)
        #expect(result.status == 0)
        #expect(result.error.isEmpty)
        #expect(try script(shell).out == result.out, "the script is the same on every run")
        for spec in Self.specs {
            #expect(result.out.contains(spec.name), "\(shell): command \(spec.name)")
            for option in spec.options {
                let spelling = shell == "fish" ? "-l \(option.name)" : "--\(option.name)"
                #expect(result.out.contains(spelling), "\(shell): \(spec.name) \(spelling)")
                if let short = option.short {
                    #expect(result.out.contains(shell == "fish" ? "-s \(short)" : "-\(short)"), "\(shell): \(spec.name) -\(short)")
                }
            }
            if !spec.formats.isEmpty {
                #expect(result.out.contains(spec.formats.map(\.rawValue).joined(separator: " ")), "\(shell): \(spec.name)'s formats")
            }
        }
    }

    /// Each command's own block offers exactly that command's options, so an option cannot be offered to a
    /// command that does not take it or be missing from one that does.
    @Test func eachCommandsBlockOffersExactlyItsOptions() throws {
        let bash = try script("bash").out, zsh = try script("zsh").out, fish = try script("fish").out
        for spec in Self.specs {
            let spellings = spec.allOptions.flatMap { option in (option.short.map { ["-\($0)"] } ?? []) + ["--\(option.name)"] }
            #expect(bash.contains("        \(spec.name))\n            case \"$prev\" in\n"), "bash: \(spec.name)'s block")
            #expect(bash.contains("then _cps_complete \"$cur\" words \"\(spellings.joined(separator: " "))\"; return 0; fi"), "bash: \(spec.name)")
            let fishLongs = fish.split(separator: "\n").filter { $0.hasPrefix("complete -c cps -n '__fish_seen_subcommand_from \(spec.name)' -l ") }
                .map { $0.split(separator: " ")[7] }
            #expect(fishLongs == spec.allOptions.map { Substring($0.name) }, "fish: \(spec.name)")
            let zshBlock = try #require(zsh.components(separatedBy: "        (\(spec.name))\n").dropFirst().first?.components(separatedBy: ";;").first)
            let zshLongs = zshBlock.split(separator: "\n").compactMap { line -> String? in
                guard let start = line.firstRange(of: "'--") ?? line.firstRange(of: "'*--") else { return nil }
                let rest: Substring = line[start.upperBound...]
                return String(rest.prefix { $0.isLetter || $0 == "-" })
            }
            #expect(zshLongs == spec.allOptions.map(\.name), "zsh: \(spec.name)")
        }
    }

    @Test func anUnknownShellIsAUsageErrorNamingIt() throws {
        let result = try script("tcsh")
        #expect(result.status == 64)
        #expect(result.out.isEmpty)
        #expect(result.error == "cps: There are no completions for the shell \"tcsh\"; choose bash, zsh, fish. See `cps completions --help`.\n")
    }

    /// Sources the Bash script and asks `_cps` to complete each line (the last word is the one being completed);
    /// returns each line's candidates, space-separated.
    func bashComplete(_ lines: [[String]]) throws -> [String] {
        let folder = try CPSHarness.temporaryFolder()
        let file = folder.appendingPathComponent("cps.bash")
        try script("bash").out.write(to: file, atomically: true, encoding: .utf8)
        var shell = "source \(file.path) || exit 3\ncomplete -p cps || exit 4\n"
        shell += "q() { COMP_WORDS=(\"$@\"); COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 )); COMPREPLY=(); _cps; echo \"${COMPREPLY[*]}\"; }\n"
        for line in lines { shell += "q " + line.map { "'\($0)'" }.joined(separator: " ") + "\n" }
        let result = try RealBinary.run(executable: "/usr/bin/env", ["bash", "--norc", "-c", shell], in: folder, environment: [:], seconds: 60)
        #expect(result.status == 0, "bash: \(result.error)")
        #expect(result.error.isEmpty)
        var out = result.out.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(out.first == "complete -F _cps cps")
        out.removeFirst()
        return Array(out.prefix(lines.count))
    }

    @Test(.enabled(if: Subprocess.which("bash") != nil, "bash is not installed"))
    func bashCompletesCommandsOptionsFormatsAndIDs() throws {
        let cps = try #require(RealBinary.cps).path
        let answers = try bashComplete([
            ["cps", "li"],
            ["cps", "list", "--form"],
            ["cps", "show", "--format", ""],
            ["cps", "export", "-"],
            [cps, "show", "sef"],
            [cps, "compare", "sefton", "la"],
            [cps, "coverage", "--authorities", "sefton,mi"],
            ["cps", "--format", "json", "me"],
            ["cps", "help", "sim"],
            ["cps", "completions", ""],
            ["cps", "list", "--format", "=", "c"],
            [cps, "gaps", "--format", "=", "json", "mid"],
        ])
        #expect(answers == [
            "list",
            "--format",
            "text markdown csv json html",
            "--format --all -o --output --force --authorities --region --authority-path --plugin --max-pack-bytes --include-drafts --allow-unknown -q --quiet --no-color -h --help",
            "sefton",
            "lancashire",
            "sefton,middlesbrough",
            "measures",
            "similarity",
            "bash zsh fish",
            "csv",
            "middlesbrough",
        ])
    }

    @Test(.enabled(if: Subprocess.which("zsh") != nil, "zsh is not installed"))
    func theZshScriptIsValidZshAndRegistersItself() throws {
        let file = try checkSyntax("zsh")
        let shell = "autoload -U compinit && compinit -u -D && source \(file.path) && print -r -- ${_comps[cps]}"
        let result = try RealBinary.run(executable: "/usr/bin/env", ["zsh", "-f", "-c", shell], in: file.deletingLastPathComponent(), environment: [:], seconds: 60)
        #expect(result.status == 0, "zsh: \(result.error)")
        #expect(result.out == "_cps\n")
    }

    @Test(.enabled(if: Subprocess.which("fish") != nil, "fish is not installed"))
    func theFishScriptIsValidFishAndCompletes() throws {
        let file = try checkSyntax("fish")
        let cps = try #require(RealBinary.cps).path
        let queries = ["cps li", "cps list --form", "cps show --format j", "\(cps) show se", "cps completions z"]
        let shell = "source \(file.path); " + queries.map { "complete -C'\($0)'" }.joined(separator: "; ")
        let result = try RealBinary.run(executable: "/usr/bin/env", ["fish", "--no-config", "-c", shell], in: file.deletingLastPathComponent(),
                                        environment: ["HOME": file.deletingLastPathComponent().path], seconds: 60)
        #expect(result.status == 0, "fish: \(result.error)")
        #expect(result.error.isEmpty)
        let candidates = result.out.split(separator: "\n").map { String($0.split(separator: "\t")[0]) }
        #expect(candidates == ["list", "--format", "json", "sefton", "zsh"])
    }

    /// Writes the script for `shell` to a file, checks it with `shell -n`, and returns the file.
    func checkSyntax(_ shell: String) throws -> URL {
        let folder = try CPSHarness.temporaryFolder()
        let file = folder.appendingPathComponent("cps.\(shell)")
        try script(shell).out.write(to: file, atomically: true, encoding: .utf8)
        let checked = try Subprocess.run([shell, "-n", file.path], seconds: 60)
        #expect(checked.status == 0, "\(shell) -n: \(checked.output)")
        return file
    }
}
