import Foundation

/// Runs external programs for end-to-end tests: nested `swift` builds, compilers, browsers.
enum Subprocess {
    struct Result {
        var status: Int32
        var output: String
    }

    /// Whether this test run was started by another test (nested runs skip the slow end-to-end tests).
    static let nested = ProcessInfo.processInfo.environment["CPS_NESTED_TEST"] == "1"

    /// The repository's root folder.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// The first executable called `name` on PATH.
    static func which(_ name: String) -> String? {
        (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
            .map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// Runs `arguments[0]` (found on PATH) in `folder`, with output and error together, within `seconds`.
    @discardableResult
    static func run(_ arguments: [String], in folder: URL? = nil, environment extra: [String: String] = [:], seconds: Double = 900) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: which(arguments[0]) ?? arguments[0])
        process.arguments = Array(arguments.dropFirst())
        if let folder { process.currentDirectoryURL = folder }
        process.environment = ProcessInfo.processInfo.environment.merging(extra) { $1 }
        let log = FileManager.default.temporaryDirectory.appendingPathComponent("cps-subprocess-\(UUID().uuidString).log")
        _ = FileManager.default.createFile(atPath: log.path, contents: nil)
        let handle = try FileHandle(forWritingTo: log)
        process.standardOutput = handle
        process.standardError = handle
        try process.run()
        let deadline = Date().addingTimeInterval(seconds)
        while process.isRunning, Date() < deadline { Thread.sleep(forTimeInterval: 0.2) }
        // The child inherits the test runner's blocked signals, so SIGTERM would stay pending: kill it.
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
        try handle.close()
        let output = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
        try? FileManager.default.removeItem(at: log)
        return Result(status: process.terminationStatus, output: output)
    }

    /// A copy of the repository's files (tracked and untracked, not ignored) in a new folder.
    static func copyOfPackage() throws -> URL {
        let copy = try CPSHarness.temporaryFolder().appendingPathComponent("package")
        try FileManager.default.createDirectory(at: copy, withIntermediateDirectories: true)
        let listed = try run(["git", "-C", root.path, "ls-files", "--cached", "--others", "--exclude-standard"])
        guard listed.status == 0 else { throw CocoaError(.fileReadUnknown) }
        for path in listed.output.split(separator: "\n").map(String.init) where !path.isEmpty {
            let source = root.appendingPathComponent(path)
            guard FileManager.default.fileExists(atPath: source.path) else { continue }
            let target = copy.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: source, to: target)
        }
        return copy
    }
}
