/// Where a command writes: standard output for results, standard error for messages.
///
/// Tests capture both with ``Console/capturing()``.
public final class Console: @unchecked Sendable {
    private let writeOut: (String) -> Void
    private let writeError: (String) -> Void
    /// Whether standard output is a terminal (colour and width may follow it).
    public let isTerminal: Bool
    /// The width text output should fit.
    public let width: Int

    /// Creates a console from two writers.
    public init(width: Int = 100, isTerminal: Bool = false, out: @escaping (String) -> Void, error: @escaping (String) -> Void) {
        self.width = width
        self.isTerminal = isTerminal
        self.writeOut = out
        self.writeError = error
    }

    /// Writes to standard output as is.
    public func write(_ text: String) { writeOut(text) }

    /// Writes one line to standard error: every control character in `message` (a newline too), line separator and
    /// bidirectional control is shown visibly (see ``VisibleText``), so a message quoting a file or an argument
    /// stays one line and cannot act on the terminal. Every error and notice `cps` writes passes here.
    public func report(_ message: String) { writeError(VisibleText.line(message) + "\n") }

    /// A console that keeps what is written, for tests.
    public static func capturing(width: Int = 100) -> (Console, CapturedOutput) {
        let captured = CapturedOutput()
        let console = Console(width: width, out: { captured.out += $0 }, error: { captured.error += $0 })
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
