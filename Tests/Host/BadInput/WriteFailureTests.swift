import Foundation
import Testing

/// Output that cannot be written is an error (exit 74) with one sentence, never a silent success; a file written
/// with --output is complete and in place, or not there at all and the file it would replace untouched.
@Suite struct WriteFailureTests {
    static let ready = RealBinary.cps != nil
    static let canPreload = ready && RealBinary.hasCompiler && FileManager.default.fileExists(atPath: "/proc/self/exe")

    @Test(.enabled(if: ready && FileManager.default.fileExists(atPath: "/dev/full"), "No cps binary, or no /dev/full."))
    func aFullStandardOutputIsExit74() throws {
        let folder = try CPSHarness.temporaryFolder()
        for arguments in [["export", "sefton"], ["--help"], ["list", "--format", "json"]] {
            let result = try RealBinary.run(arguments, in: folder, standardOutput: "/dev/full")
            #expect(result.reason == .exit && result.status == 74, "\(arguments): \(result.status) \(result.error)")
            #expect(result.error == "cps: Could not write to standard output: no space left on the device.\n")
        }
    }

    /// A file size limit makes the kernel take part of the output and then refuse the rest.
    @Test(.enabled(if: ready, "The cps binary is not built beside the tests."))
    func aShortWriteToStandardOutputIsExit74() throws {
        let folder = try CPSHarness.temporaryFolder()
        let result = try RealBinary.shell(#"trap "" XFSZ; ulimit -f 8; exec "$0" export sefton > out.json"#, in: folder)
        #expect(result.status == 74, "\(result.error)")
        #expect(result.error == "cps: Could not write to standard output: the file would grow past the file size limit.\n")
        let written = try Data(contentsOf: folder.appendingPathComponent("out.json"))
        #expect(written.count > 0 && written.count < 70_000, "the limit cut the output short (\(written.count) bytes)")
    }

    @Test(.enabled(if: ready, "The cps binary is not built beside the tests."))
    func aShortWriteBehindOutputLeavesTheDestinationAsItWas() throws {
        let folder = try CPSHarness.temporaryFolder()
        try "keep me".write(to: folder.appendingPathComponent("sefton.json"), atomically: true, encoding: .utf8)
        let replacing = try RealBinary.shell(#"trap "" XFSZ; ulimit -f 8; exec "$0" export sefton --output sefton.json --force"#, in: folder)
        #expect(replacing.status == 74, "\(replacing.error)")
        #expect(replacing.error == "cps: Could not write sefton.json: the file would grow past the file size limit; the file there is unchanged.\n")
        #expect(try String(contentsOf: folder.appendingPathComponent("sefton.json"), encoding: .utf8) == "keep me")
        let new = try RealBinary.shell(#"trap "" XFSZ; ulimit -f 8; exec "$0" export sefton --output new.json"#, in: folder)
        #expect(new.status == 74)
        #expect(new.error.hasSuffix("the file would grow past the file size limit; no file was made.\n"))
        #expect(RealBinary.names(in: folder) == ["sefton.json"], "no temporary file and no new file are left behind")
    }

    /// A library that makes every `fsync` fail as it would on a failing disk (the error is `FSYNC_ERRNO`).
    func fsyncShim(in folder: URL) throws -> String {
        try RealBinary.compile("""
            #include <errno.h>
            #include <stdlib.h>
            int fsync(int fd) { (void)fd; errno = getenv("FSYNC_ERRNO") ? atoi(getenv("FSYNC_ERRNO")) : EIO; return -1; }
            """, to: "libfailingfsync.so", in: folder).path
    }

    @Test(.enabled(if: canPreload, "No cps binary, no C compiler or not Linux."))
    func aFailedFsyncBehindOutputLeavesTheDestinationAsItWas() throws {
        let shim = try fsyncShim(in: try CPSHarness.temporaryFolder())
        let folder = try CPSHarness.temporaryFolder()
        let destination = folder.appendingPathComponent("sefton.json")
        try "keep me".write(to: destination, atomically: true, encoding: .utf8)
        let result = try RealBinary.run(["export", "sefton", "--output", destination.path, "--force"], in: folder, environment: ["LD_PRELOAD": shim])
        #expect(result.status == 74)
        #expect(result.error == "cps: Could not write \(destination.path): an input/output error on the device; the file there is unchanged.\n")
        #expect(!result.error.contains("Wrote"))
        #expect(try String(contentsOf: destination, encoding: .utf8) == "keep me")
        #expect(RealBinary.names(in: folder) == ["sefton.json"], "the temporary file is removed")
    }

    @Test(.enabled(if: canPreload, "No cps binary, no C compiler or not Linux."))
    func aFailedFsyncOfStandardOutputIsExit74() throws {
        let shim = try fsyncShim(in: try CPSHarness.temporaryFolder())
        let folder = try CPSHarness.temporaryFolder()
        let result = try RealBinary.run(["export", "sefton"], in: folder, environment: ["LD_PRELOAD": shim],
                                        standardOutput: folder.appendingPathComponent("out.json").path)
        #expect(result.status == 74)
        #expect(result.error == "cps: Could not write to standard output: an input/output error on the device.\n")
        // To a pipe there is nothing to synchronise, so nothing fails.
        let piped = try RealBinary.shell(#""$0" export sefton | cat > out.json"#, in: folder, environment: ["LD_PRELOAD": shim])
        #expect(piped.status == 0 && piped.error.isEmpty, "\(piped.error)")
    }

    /// A file system that cannot synchronise at all (`EINVAL`) is not a failure.
    @Test(.enabled(if: canPreload, "No cps binary, no C compiler or not Linux."))
    func fsyncNotSupportedIsNotAFailure() throws {
        let shim = try fsyncShim(in: try CPSHarness.temporaryFolder())
        let folder = try CPSHarness.temporaryFolder()
        let environment = ["LD_PRELOAD": shim, "FSYNC_ERRNO": String(EINVAL)]
        let output = try RealBinary.run(["export", "sefton", "--output", "sefton.json"], in: folder, environment: environment)
        #expect(output.status == 0 && output.error == "Wrote sefton.json.\n", "\(output.error)")
        let standard = try RealBinary.run(["export", "sefton"], in: folder, environment: environment, standardOutput: folder.appendingPathComponent("out.json").path)
        #expect(standard.status == 0 && standard.error.isEmpty)
        #expect(try Data(contentsOf: folder.appendingPathComponent("out.json")) == Data(contentsOf: folder.appendingPathComponent("sefton.json")))
    }

    /// `cps export --all | head -c 1`: the reader going away ends cps by SIGPIPE as before, or, when the signal is
    /// ignored, quietly; it is never reported as a failed write.
    @Test(.enabled(if: ready, "The cps binary is not built beside the tests."))
    func aClosedPipeStaysQuiet() throws {
        let folder = try CPSHarness.temporaryFolder()
        // 141 is death by SIGPIPE (128 + 13); 0 when the signal was already ignored when the shell started.
        let signalled = try RealBinary.shell(#"{ "$0" export --all; echo "status $?" >&2; } | head -c 1 > /dev/null"#, in: folder)
        #expect(["status 141\n", "status 0\n"].contains(signalled.error), "\(signalled.error)")
        let ignored = try RealBinary.shell(#"trap "" PIPE; { "$0" export --all; echo "status $?" >&2; } | head -c 1 > /dev/null"#, in: folder)
        #expect(ignored.error == "status 0\n", "\(ignored.error)")
    }
}
