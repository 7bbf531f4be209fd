@testable import CPSEngine
@testable import CPSKit
import Foundation
import Testing

/// A write goes through a hidden temporary file beside its destination; one left by a killed process is removed
/// by the next write to that destination, and no reader ever takes one for a pack.
@Suite struct TemporaryFileTests {
    /// The id of a process that has ended.
    func deadProcess() throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "exit 0"]
        try process.run()
        process.waitUntilExit()
        return process.processIdentifier
    }

    @Test func theTemporaryIsHiddenBesideTheDestinationAndNamedForThisProcess() {
        let beside = FileSystem.temporaryPath(for: "/some/folder/sefton.json")
        #expect(beside.hasPrefix("/some/folder/.sefton.json.cps-\(getpid())-"))
        #expect(beside.hasSuffix(".tmp"))
        #expect(FileSystem.temporaryPath(for: "sefton.json").hasPrefix(".sefton.json.cps-\(getpid())-"))
        let long = String(repeating: "é", count: 120) + ".json"
        let name = FileSystem.temporaryPath(for: "/x/" + long).dropFirst(3)
        #expect(!name.contains("/") && name.utf8.count <= 255, "within a file name's 255 bytes: \(name.utf8.count)")
        #expect(FileSystem.temporaryParts(of: "/x/" + long).stem.allSatisfy { $0 == "é" }, "shortened between characters")
    }

    @Test func staleTemporariesAreRemovedAndLiveOnesKept() throws {
        let folder = try CPSHarness.temporaryFolder()
        let dead = try deadProcess()
        let kept = [
            ".sefton.json.cps-\(getpid())-2.tmp",  // this process is alive
            ".sefton.json.cps-1-3.tmp",  // process 1 always is
            ".other.json.cps-\(dead)-4.tmp",  // another destination's
            ".sefton.json.cps-\(dead)-x.tmp",  // not a name cps makes
            "sefton.json.cps-\(dead)-5.tmp",  // not hidden, so not one cps makes
        ]
        for name in kept + [".sefton.json.cps-\(dead)-1.tmp"] {
            try "partial".write(to: folder.appendingPathComponent(name), atomically: false, encoding: .utf8)
        }
        try FileManager.default.createDirectory(at: folder.appendingPathComponent(".sefton.json.cps-\(dead)-6.tmp"), withIntermediateDirectories: false)
        let result = CPSHarness.run(["export", "sefton", "--output", folder.appendingPathComponent("sefton.json").path])
        #expect(result.status == 0, "\(result.error)")
        let left = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(left == (kept + [".sefton.json.cps-\(dead)-6.tmp", "sefton.json"]).sorted())
    }

    @Test func foldersOfPacksSkipTemporaries() throws {
        let folder = try CPSHarness.temporaryFolder()
        for name in ["a.json", ".a.json.cps-1-2.tmp", ".b.json.cps-99999999-2.tmp", "c.json.cps-1-2.tmp"] {
            try "{".write(to: folder.appendingPathComponent(name), atomically: false, encoding: .utf8)
        }
        #expect(try PackLoader.files(at: folder.path) == [folder.appendingPathComponent("a.json").path])
    }
}
