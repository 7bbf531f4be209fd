#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
import CPSEngine
#endif

/// Facts about the terminal `cps` writes to, and the writers ``Console`` uses for the process's own output.
public enum Terminal {
    /// The width text output should fit: `COLUMNS` when set, the terminal's width when standard output is one,
    /// 80 otherwise (the width of a classic terminal, so piped output stays readable and stable).
    public static func width(environment: [String: String]) -> Int {
        if let columns = environment["COLUMNS"].flatMap(Int.init), columns > 0 { return columns }
        if isTerminal {
            var size = winsize()
            if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        }
        return 80
    }

    /// Whether standard output is a terminal.
    public static var isTerminal: Bool { isatty(STDOUT_FILENO) == 1 }

    /// Writes to standard output without buffering surprises; why not every byte was written, or nil.
    ///
    /// A reader that closed the pipe (`cps list | head`) is not a failure: the process normally ends with
    /// `SIGPIPE` first, and when that signal is ignored the rest of the output is dropped quietly, as the reader
    /// asked.
    @discardableResult
    public static func writeOut(_ text: String) -> String? {
        let failure = Array(text.utf8).withUnsafeBytes { FileSystem.writeAll($0, to: STDOUT_FILENO) }
        guard let failure, failure != EPIPE else { return nil }
        return FileSystem.reason(failure)
    }

    /// Finishes standard output: when it is a regular file, makes it durable with `fsync`, so a disk that fails
    /// late is noticed. Why that failed, or nil.
    public static func finishOut() -> String? {
        var info = stat()
        guard fstat(STDOUT_FILENO, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
        return FileSystem.sync(STDOUT_FILENO).map(FileSystem.reason)
    }

    /// Writes to standard error; a failure there has nowhere to be reported.
    public static func writeError(_ text: String) {
        _ = Array(text.utf8).withUnsafeBytes { FileSystem.writeAll($0, to: STDERR_FILENO) }
    }
}
