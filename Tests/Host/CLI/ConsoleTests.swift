import CPSEngine
import CPSKit
import Testing

/// The console remembers the first failure to write standard output, writes nothing more, and `CPS.run` turns
/// it into exit 74 with one sentence.
@Suite struct ConsoleTests {
    /// A console whose standard output fails from the `failingFrom`th write on (counting from 1).
    func console(failingFrom: Int, finishFailure: String? = nil) -> (Console, Box) {
        let box = Box()
        let console = Console(
            out: { text in
                box.attempts += 1
                guard box.attempts < failingFrom else { return "no space left on the device" }
                box.out += text
                return nil
            },
            finish: { box.finished += 1; return finishFailure },
            error: { box.error += $0 }
        )
        return (console, box)
    }

    final class Box: @unchecked Sendable {
        var out = "", error = "", attempts = 0, finished = 0
    }

    @Test func aFailedWriteIsRememberedAndNothingMoreIsWritten() {
        let (console, box) = console(failingFrom: 2)
        console.write("one")
        #expect(console.outputFailure == nil)
        console.write("two")
        console.write("three")
        #expect(box.out == "one" && box.attempts == 2, "no write after the failure")
        #expect(console.outputFailure == "no space left on the device")
        #expect(console.finishOutput() == "no space left on the device")
        #expect(box.finished == 0)
    }

    @Test func aFailedWriteMakesTheCommandExit74() {
        let (console, box) = console(failingFrom: 1)
        let status = CPS.run(["--version"], context: CommandContext(console: console, today: CPSHarness.today, builtIns: []))
        #expect(status == 74)
        #expect(box.error == "cps: Could not write to standard output: no space left on the device.\n")
    }

    @Test func aFailureToFinishMakesTheCommandExit74() {
        let (console, box) = console(failingFrom: 99, finishFailure: "an input/output error on the device")
        let status = CPS.run(["--version"], context: CommandContext(console: console, today: CPSHarness.today, builtIns: []))
        #expect(status == 74 && box.finished == 1)
        #expect(box.error == "cps: Could not write to standard output: an input/output error on the device.\n")
    }

    @Test func nothingWrittenNeedsNoFinishing() {
        let (console, box) = console(failingFrom: 99, finishFailure: "an input/output error on the device")
        let status = CPS.run(["show", "nowhere"], context: CommandContext(console: console, today: CPSHarness.today, builtIns: []))
        #expect(status == 1 && box.finished == 0)
        #expect(!box.error.contains("Could not write"))
    }
}
