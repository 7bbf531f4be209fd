@testable import CPSEngine
@testable import CPSKit
import Testing

@Suite struct ArgumentParserTests {
    let spec = CommandSpec(
        name: "demo", abstract: "A demo.",
        arguments: [ArgumentSpec("id", help: "The id."), ArgumentSpec("more", help: "More ids.", optional: true, variadic: true)],
        options: [.value("output", short: "o", "file", help: "Where."), .flag("force", help: "Force."),
                  .value("where", "c=v", help: "Filter.", repeatable: true)],
        formats: [.text, .json]
    )

    @Test func readsOptionsInEveryForm() throws {
        let parsed = try ArgumentParser.parse(["a", "--output=x.json", "--force", "-o", "x.json", "b", "--where", "k=v", "--where=j=w"], for: spec)
        #expect(parsed.positionals == ["a", "b"])
        #expect(parsed.value("output") == "x.json")
        #expect(parsed.has("force"))
        #expect(parsed.values("where") == ["k=v", "j=w"])
    }

    @Test func doubleDashEndsOptions() throws {
        #expect(try ArgumentParser.parse(["--", "--force"], for: spec).positionals == ["--force"])
    }

    @Test func acceptsNegativeNumbersAsValues() throws {
        let spec = CommandSpec(name: "n", abstract: "N.", options: [.value("year", "y", help: "Y.")])
        #expect(try ArgumentParser.parse(["--year", "-5"], for: spec).value("year") == "-5")
    }

    @Test(arguments: [
        (["a", "--ouput", "x"], "has no option --ouput. Did you mean --output?"),
        (["a", "--output"], "The option --output needs a value"),
        ([], "needs <id>"),
        (["a", "--format", "csv"], "The format \"csv\" is not one"),
        (["a", "--force=yes"], "does not take a value"),
        (["a", "-x"], "has no option -x"),
        (["a", "-o", "one", "-o", "two"], "given twice with different values"),
    ])
    func reportsUsageErrors(arguments: [String], expected: String) {
        do {
            _ = try ArgumentParser.parse(arguments, for: spec)
            Issue.record("accepted \(arguments)")
        } catch {
            #expect(error.exitCode == 64)
            #expect(error.description.contains(expected), "\(error.description)")
        }
    }

    @Test func refusesExtraPositionals() {
        let spec = CommandSpec(name: "one", abstract: "One.", arguments: [ArgumentSpec("id", help: "Id.")])
        #expect(throws: CPSError.usage("`cps one` does not take the argument \"b\".", command: "one")) {
            try ArgumentParser.parse(["a", "b"], for: spec)
        }
    }
}
