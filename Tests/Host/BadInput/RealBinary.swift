import Foundation

/// Runs the real `cps` binary (or a shell around it) in a folder, with standard output to a file of the test's
/// choosing, and a deadline: a run that would block for ever is stopped and reported, so a regression fails the
/// test instead of hanging the suite.
enum RealBinary {
    struct Result {
        var status: Int32
        var reason: Process.TerminationReason
        var timedOut: Bool
        var out: String
        var error: String
        /// How long the run took, in seconds.
        var seconds: Double
        /// Standard output's lines.
        var lines: [Substring] { out.split(separator: "\n") }
    }

    /// The `cps` built beside the tests.
    static var cps: URL? { BadInputTests.binary }

    /// Whether a C compiler is on PATH, for the tests that build libraries.
    static let hasCompiler = Subprocess.which("cc") != nil

    /// Runs `cps` with `arguments` in `folder`; standard output goes to `standardOutput` when given (such as
    /// `/dev/full`), else to a file read back into ``Result/out``.
    static func run(_ arguments: [String], in folder: URL, environment: [String: String] = [:], standardOutput: String? = nil,
                    seconds: Double = 30) throws -> Result {
        guard let cps else { throw CocoaError(.fileNoSuchFile) }
        return try run(executable: cps.path, arguments, in: folder, environment: environment, standardOutput: standardOutput, seconds: seconds)
    }

    /// Runs `cps` with `arguments` in a new empty folder.
    static func run(_ arguments: [String], seconds: Double = 120) throws -> Result {
        try run(arguments, in: CPSHarness.temporaryFolder(), seconds: seconds)
    }

    /// Runs `sh -c script` in `folder` with `$0` set to the `cps` binary's path.
    static func shell(_ script: String, in folder: URL, environment: [String: String] = [:], seconds: Double = 30) throws -> Result {
        guard let cps else { throw CocoaError(.fileNoSuchFile) }
        return try run(executable: "/bin/sh", ["-c", script, cps.path], in: folder, environment: environment, seconds: seconds)
    }

    static func run(executable: String, _ arguments: [String], in folder: URL, environment: [String: String], standardOutput: String? = nil,
                    seconds: Double) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.currentDirectoryURL = folder
        process.environment = ["PATH": "/usr/bin:/bin", "SWIFT_BACKTRACE": "enable=no"].merging(environment) { $1 }
        let logs = try CPSHarness.temporaryFolder()
        let out = logs.appendingPathComponent("out"), error = logs.appendingPathComponent("error")
        _ = FileManager.default.createFile(atPath: out.path, contents: nil)
        _ = FileManager.default.createFile(atPath: error.path, contents: nil)
        if let standardOutput, !FileManager.default.fileExists(atPath: standardOutput) {
            _ = FileManager.default.createFile(atPath: standardOutput, contents: nil)
        }
        guard let outHandle = FileHandle(forWritingAtPath: standardOutput ?? out.path) else { throw CocoaError(.fileWriteUnknown) }
        process.standardOutput = outHandle
        process.standardError = try FileHandle(forWritingTo: error)
        process.standardInput = FileHandle.nullDevice
        let start = Date()
        try process.run()
        let deadline = start.addingTimeInterval(seconds)
        while process.isRunning, Date() < deadline { Thread.sleep(forTimeInterval: 0.02) }
        let timedOut = process.isRunning
        if timedOut {
            kill(process.processIdentifier, SIGKILL)
        }
        process.waitUntilExit()
        let elapsed = Date().timeIntervalSince(start)
        try outHandle.close()
        return Result(status: process.terminationStatus, reason: process.terminationReason, timedOut: timedOut,
                      out: (try? String(contentsOf: out, encoding: .utf8)) ?? "", error: (try? String(contentsOf: error, encoding: .utf8)) ?? "", seconds: elapsed)
    }

    /// Compiles C source into a shared library in `folder`.
    static func compile(_ source: String, to name: String, in folder: URL) throws -> URL {
        let file = folder.appendingPathComponent("\(name).c")
        try source.write(to: file, atomically: true, encoding: .utf8)
        let output = folder.appendingPathComponent(name)
        let built = try Subprocess.run(["cc", "-shared", "-fPIC", "-o", output.path, file.path], seconds: 120)
        guard built.status == 0 else { throw CompileFailed(output: built.output) }
        return output
    }

    struct CompileFailed: Error {
        var output: String
    }

    /// The names in a folder, hidden ones included, sorted.
    static func names(in folder: URL) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
    }
}
