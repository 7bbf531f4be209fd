import BuiltInAuthorities
import CorporateParenting
import CPSEngine
import CPSKit
import Foundation

/// Runs `cps` as if standard output were a terminal: in-process with a terminal console, or the real binary under
/// `script`, which gives it a pseudo-terminal.
enum TerminalHarness {
    /// Runs `cps` in-process with a console that says it is a terminal.
    static func run(_ arguments: [String], environment: [String: String] = [:]) -> CPSHarness.Result {
        let (console, captured) = Console.capturing(width: 100, isTerminal: true)
        let context = CommandContext(console: console, environment: environment, today: CPSHarness.today, builtIns: BuiltInRegistry.loaded)
        let status = CPS.run(arguments, context: context)
        return CPSHarness.Result(status: status, out: captured.out, error: captured.error)
    }

    /// `script`, when installed.
    static let script: String? = FileManager.default.isExecutableFile(atPath: "/usr/bin/script") ? "/usr/bin/script" : nil

    /// Runs the real `cps` with `arguments` (single words, no quoting needed) on a pseudo-terminal in `folder`;
    /// standard output and standard error both arrive in ``RealBinary/Result/out``, with `\r\n` line ends made `\n`.
    static func runOnTerminal(_ arguments: [String], in folder: URL, environment: [String: String] = [:]) throws -> RealBinary.Result {
        guard let script, let cps = RealBinary.cps else { throw CocoaError(.fileNoSuchFile) }
        let command = ([cps.path] + arguments).joined(separator: " ") + "; echo \"status=$?\""
        var result = try RealBinary.run(executable: script, ["-qec", command, "/dev/null"], in: folder, environment: environment, seconds: 120)
        result.out = result.out.replacingOccurrences(of: "\r\n", with: "\n")
        return result
    }
}
