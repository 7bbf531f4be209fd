#if canImport(Glibc)
import Glibc
#endif
import Foundation

/// One run of the real `cps` binary: its exit status (minus the signal's number when killed or stopped at the
/// deadline), standard output and standard error, kept apart.
struct CPSRun {
    var status: Int32 = -1
    var out = ""
    var error = ""

    init(_ arguments: [String], seconds: Double = 120) {
        guard let binary = BadInputTests.binary, let folder = try? CPSHarness.temporaryFolder() else { return }
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.environment = ["PATH": "/usr/bin:/bin", "SWIFT_BACKTRACE": "enable=no"]
        let outFile = folder.appendingPathComponent("out"), errorFile = folder.appendingPathComponent("err")
        _ = FileManager.default.createFile(atPath: outFile.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errorFile.path, contents: nil)
        guard let outHandle = try? FileHandle(forWritingTo: outFile), let errorHandle = try? FileHandle(forWritingTo: errorFile) else { return }
        process.standardOutput = outHandle
        process.standardError = errorHandle
        guard (try? process.run()) != nil else { return }
        let deadline = Date().addingTimeInterval(seconds)
        while process.isRunning, Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        // The child inherits the test runner's blocked signals, so SIGTERM would stay pending: kill it.
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
        try? outHandle.close()
        try? errorHandle.close()
        status = process.terminationReason == .exit ? process.terminationStatus : -process.terminationStatus
        out = String(decoding: (try? Data(contentsOf: outFile)) ?? Data(), as: UTF8.self)
        error = String(decoding: (try? Data(contentsOf: errorFile)) ?? Data(), as: UTF8.self)
    }
}
