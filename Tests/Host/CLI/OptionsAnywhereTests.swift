import Foundation
import Testing

/// Common options before or after the command's name, on every command where they mean something, and a reason
/// where they cannot apply, through the real binary.
@Suite(.enabled(if: BadInputTests.binary != nil, "The cps binary is not built beside the tests."))
struct OptionsAnywhereTests {
    @Test func aCommonOptionBeforeTheCommandWorksAsAfterIt() throws {
        let before = try RealBinary.run(["--format", "json", "list"])
        let after = try RealBinary.run(["list", "--format", "json"])
        #expect(before.status == 0)
        #expect(before.error.isEmpty)
        #expect(before.out.hasPrefix("["))
        #expect(before.out == after.out)
        let inline = try RealBinary.run(["--format=csv", "--region", "North West", "list"])
        #expect(inline.status == 0)
        #expect(inline.out == (try RealBinary.run(["list", "--region", "North West", "--format", "csv"])).out)
    }

    @Test func listTakesTheRegion() throws {
        let result = try RealBinary.run(["list", "--region", "North West", "--format", "csv"])
        #expect(result.status == 0)
        #expect(result.out.contains("lancashire"))
        #expect(result.out.contains("sefton"))
        #expect(!result.out.contains("leicestershire"))
        #expect(!result.out.contains("middlesbrough"))
    }

    @Test func exportTakesFormatJSONAndTheRegion() throws {
        let result = try RealBinary.run(["export", "--format", "json", "--region", "North West"])
        #expect(result.status == 0)
        #expect(result.out.hasPrefix("["))
        #expect(result.out.contains("\"id\" : \"sefton\"") || result.out.contains("\"id\": \"sefton\""))
        #expect(!result.out.contains("leicestershire"))
        let markdown = try RealBinary.run(["export", "sefton", "--format", "markdown"])
        #expect(markdown.status == 64)
        #expect(markdown.out.isEmpty)
        #expect(markdown.error.contains("choose json, csv"))
    }

    @Test func everyCommandThatPrintsTakesOutput() throws {
        let folder = try CPSHarness.temporaryFolder()
        for arguments in [["list"], ["measures"], ["gaps", "sefton"], ["compare", "sefton", "lancashire"], ["principles"]] {
            let result = try RealBinary.run(arguments + ["--output", "out.txt"], in: folder)
            #expect(result.status == 0, "\(arguments)")
            #expect(result.out.isEmpty, "\(arguments)")
            #expect(result.error == "Wrote out.txt.\n", "\(arguments)")
            let written = try String(contentsOf: folder.appendingPathComponent("out.txt"), encoding: .utf8)
            #expect(written == (try RealBinary.run(arguments, in: folder)).out, "\(arguments)")
            try FileManager.default.removeItem(at: folder.appendingPathComponent("out.txt"))
        }
    }

    @Test func anOptionThatCannotApplySaysWhy() throws {
        let schema = try RealBinary.run(["schema", "--region", "North West"])
        #expect(schema.status == 64)
        #expect(schema.out.isEmpty)
        #expect(schema.error == "cps: `cps schema` prints one JSON schema, so it takes no --region. See `cps schema --help`.\n")
        let show = try RealBinary.run(["--region", "North West", "show", "sefton"])
        #expect(show.status == 64)
        #expect(show.error.contains("`cps show` shows the one authority its id names, so it takes no --region."))
        let principles = try RealBinary.run(["principles", "--as-of", "2025-01-01"])
        #expect(principles.status == 64)
        #expect(principles.error.contains("`cps principles` judges no dates, so it takes no --as-of."))
    }

    @Test func aLeadingOptionWithoutACommandOrAnUncommonOneIsExplained() throws {
        let alone = try RealBinary.run(["--format", "json"])
        #expect(alone.status == 64)
        #expect(alone.error.contains("Give a command after --format json"))
        let uncommon = try RealBinary.run(["--by", "domain", "coverage"])
        #expect(uncommon.status == 64)
        #expect(uncommon.error.contains("--by is not an option that can come before the command"))
    }
}
