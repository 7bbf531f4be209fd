import CPSEngine
/// Where a command writes: standard output for results, standard error for messages.
///
/// The first failure to write standard output is remembered and nothing more is written there; ``CPS/run(_:context:)``
/// turns it into an error after the command returns. Tests capture both streams with ``Console/capturing()``.
public final class Console: @unchecked Sendable {
    private let writeOut: (String) -> String?
    private let finishOut: () -> String?
    private let writeError: (String) -> Void
    /// Whether standard output is a terminal (colour and width may follow it).
    public let isTerminal: Bool
    /// The width text output should fit.
    public let width: Int
    /// Why standard output could not be written, from its first failure on; nil while every write succeeded.
    public private(set) var outputFailure: String?
    /// Whether anything was written to standard output.
    private var wroteOutput = false
    /// Whether notices are suppressed (`--quiet`); errors are still written.
    public private(set) var isQuiet = false
    /// Whether text output may be coloured: a terminal, text output, no `--no-color` and no `NO_COLOR`.
    public private(set) var usesColour = false

    /// Creates a console from its writers: `out` writes to standard output and returns why it could not write
    /// every byte (nil when it did); `finish` completes standard output after the command (for a file, making it
    /// durable) and returns why that failed; `error` writes to standard error.
    public init(
        width: Int = 100, isTerminal: Bool = false,
        out: @escaping (String) -> String?, finish: @escaping () -> String? = { nil }, error: @escaping (String) -> Void
    ) {
        self.width = width
        self.isTerminal = isTerminal
        self.writeOut = out
        self.finishOut = finish
        self.writeError = error
    }

    /// Writes to standard output as is; nothing once a write has failed.
    public func write(_ text: String) {
        guard outputFailure == nil else { return }
        wroteOutput = true
        outputFailure = writeOut(text)
    }

    /// Completes standard output once the command has written everything (when it wrote anything), and returns
    /// why standard output failed (a write, or finishing it), or nil.
    public func finishOutput() -> String? {
        if outputFailure == nil, wroteOutput { outputFailure = finishOut() }
        return outputFailure
    }

    /// Sets what the command line asked for: `--quiet`, and whether colour is wanted.
    public func configure(quiet: Bool, colour: Bool) {
        isQuiet = quiet
        usesColour = colour
    }

    /// Writes a notice (such as "Wrote FILE.") to standard error, unless `--quiet` was given.
    public func notice(_ message: String) {
        guard !isQuiet else { return }
        report(message)
    }

    /// `text` in bold and the colour given (an ANSI code such as 31 for red) when colour is in use; as is otherwise.
    public func coloured(_ text: String, _ code: Int, bold: Bool = false) -> String {
        guard usesColour else { return text }
        return "\u{1B}[\(bold ? "1;" : "")\(code)m\(text)\u{1B}[0m"
    }

    /// Writes one line to standard error: every control character in `message` (a newline too), line separator and
    /// bidirectional control is shown visibly (see ``VisibleText``), so a message quoting a file or an argument
    /// stays one line and cannot act on the terminal. Every error and notice `cps` writes passes here.
    public func report(_ message: String) { writeError(VisibleText.line(message) + "\n") }

    /// A console that keeps what is written, for tests.
    public static func capturing(width: Int = 100, isTerminal: Bool = false) -> (Console, CapturedOutput) {
        let captured = CapturedOutput()
        let console = Console(width: width, isTerminal: isTerminal, out: { captured.out += $0; return nil }, error: { captured.error += $0 })
        return (console, captured)
    }
}

/// What a capturing console was given.
public final class CapturedOutput: @unchecked Sendable {
    /// Everything written to standard output.
    public var out = ""
    /// Everything written to standard error.
    public var error = ""
}
