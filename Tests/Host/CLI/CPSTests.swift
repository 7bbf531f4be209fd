import CPSEngine
import CPSKit
import Testing

@Suite struct CPSTests {
    @Test func noArgumentsPrintsHelp() {
        let result = CPSHarness.run([])
        #expect(result.status == 0)
        #expect(result.out.contains("USAGE: cps <command>"))
        for command in CPS.commands { #expect(result.out.contains("  \(command.spec.name) ")) }
    }

    @Test func printsTheVersion() {
        let result = CPSHarness.run(["--version"])
        #expect(result.status == 0)
        #expect(result.out == "cps \(CPS.version) (pack schema 2)\n")
    }

    @Test(arguments: CPS.commands.map { $0.spec.name })
    func everyCommandHasHelp(name: String) {
        let result = CPSHarness.run([name, "--help"])
        #expect(result.status == 0)
        #expect(result.out.hasPrefix("USAGE: cps \(name)"))
        #expect(result.out.contains("-h, --help"))
        #expect(CPSHarness.run(["help", name]).out == result.out)
    }

    @Test func anUnknownCommandIsAUsageError() {
        let result = CPSHarness.run(["shwo", "sefton"])
        #expect(result.status == 64)
        #expect(result.out.isEmpty)
        #expect(result.error == "cps: There is no command \"shwo\". Did you mean `cps show`? See `cps --help`.\n")
    }

    @Test func anUnknownIDNamesTheNearestIDs() {
        let result = CPSHarness.run(["show", "sefon"])
        #expect(result.status == 1)
        #expect(result.error == "cps: No authority has the id \"sefon\". Did you mean `sefton`?\n")
        let distant = CPSHarness.run(["show", "zzzzzz"])
        #expect(distant.error.contains("See `cps list`."))
    }

    @Test func usageErrorsExit64WithOneLine() {
        let result = CPSHarness.run(["show"])
        #expect(result.status == 64)
        #expect(result.error.split(separator: "\n").count == 1)
        #expect(CPSHarness.run(["list", "--format", "yaml"]).status == 64)
        #expect(CPSHarness.run(["list", "--colour"]).status == 64)
    }
}
