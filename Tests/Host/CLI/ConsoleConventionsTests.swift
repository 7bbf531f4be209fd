import CPSEngine
import CPSKit
import Foundation
import Testing

/// `--quiet`, colour only on a terminal (and never with `NO_COLOR` or `--no-color`), and `cps report` on a
/// terminal writing a file rather than HTML to the screen.
@Suite struct ConsoleConventionsTests {
    static let escape = "\u{1B}["

    @Test(.enabled(if: BadInputTests.binary != nil, "The cps binary is not built beside the tests."))
    func quietSuppressesNoticesButNotErrors() throws {
        let folder = try CPSHarness.temporaryFolder()
        let loud = try RealBinary.run(["list", "--output", "a.txt"], in: folder)
        #expect(loud.status == 0)
        #expect(loud.error == "Wrote a.txt.\n")
        let quiet = try RealBinary.run(["--quiet", "list", "--output", "b.txt"], in: folder)
        #expect(quiet.status == 0)
        #expect(quiet.error.isEmpty)
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("b.txt").path))
        let failing = try RealBinary.run(["list", "-q", "--output", "b.txt"], in: folder)
        #expect(failing.status != 0)
        #expect(failing.error.contains("the file exists; add --force to replace it"))
    }

    @Test func colourOnlyOnATerminalAndNeverWhenRefused() {
        let coloured = TerminalHarness.run(["principles"])
        #expect(coloured.status == 0)
        #expect(coloured.out.contains(Self.escape + "1;39mCorporate parenting principles"))
        #expect(!TerminalHarness.run(["principles", "--no-color"]).out.contains(Self.escape))
        #expect(!TerminalHarness.run(["principles"], environment: ["NO_COLOR": "1"]).out.contains(Self.escape))
        #expect(!TerminalHarness.run(["principles", "--format", "json"]).out.contains(Self.escape))
        #expect(!CPSHarness.run(["principles"]).out.contains(Self.escape))
    }

    @Test(.enabled(if: BadInputTests.binary != nil, "The cps binary is not built beside the tests."))
    func pipedOutputIsNeverColoured() throws {
        let piped = try RealBinary.run(["principles"])
        #expect(piped.status == 0)
        #expect(!piped.out.contains(Self.escape))
    }

    @Test(.enabled(if: BadInputTests.binary != nil && TerminalHarness.script != nil, "Needs the cps binary and script(1)."))
    func theBinaryColoursATerminalUnlessRefused() throws {
        let folder = try CPSHarness.temporaryFolder()
        let coloured = try TerminalHarness.runOnTerminal(["principles"], in: folder)
        #expect(coloured.out.contains(Self.escape + "1;39mCorporate parenting principles"))
        #expect(coloured.out.contains("status=0"))
        let refused = try TerminalHarness.runOnTerminal(["principles", "--no-color"], in: folder)
        #expect(refused.out.contains("Corporate parenting principles") && !refused.out.contains(Self.escape))
        let noColour = try TerminalHarness.runOnTerminal(["principles"], in: folder, environment: ["NO_COLOR": "1"])
        #expect(noColour.out.contains("Corporate parenting principles") && !noColour.out.contains(Self.escape))
    }

    @Test(.enabled(if: BadInputTests.binary != nil && TerminalHarness.script != nil, "Needs the cps binary and script(1)."))
    func reportOnATerminalWritesADefaultFileAndNeverReplacesIt() throws {
        let folder = try CPSHarness.temporaryFolder()
        let first = try TerminalHarness.runOnTerminal(["report"], in: folder)
        #expect(first.out.contains("Wrote cps-report.html.\n"))
        #expect(first.out.contains("status=0"))
        #expect(!first.out.contains("<html"))
        let page = folder.appendingPathComponent("cps-report.html")
        let written = try String(contentsOf: page, encoding: .utf8)
        #expect(written.contains("<html"))
        try "mine".write(to: page, atomically: true, encoding: .utf8)
        let second = try TerminalHarness.runOnTerminal(["report"], in: folder)
        #expect(second.out.contains("cps-report.html, which exists already"))
        #expect(second.out.contains("status=64"))
        #expect(try String(contentsOf: page, encoding: .utf8) == "mine")
        let forced = try TerminalHarness.runOnTerminal(["report", "--force"], in: folder)
        #expect(forced.out.contains("status=0"))
        #expect(try String(contentsOf: page, encoding: .utf8).contains("<html"))
        let piped = try RealBinary.run(["report"], in: try CPSHarness.temporaryFolder())
        #expect(piped.status == 0)
        #expect(piped.out.contains("<html"))
    }
}
