import CorporateParenting
@testable import CPSEngine
@testable import CPSKit
import Foundation
import Testing

/// Packs not yet filled in, through the real binary: `validate` warns of each draft and sums up what remains;
/// commands that present strategies refuse them unless --include-drafts is given, and then say so.
@Suite struct UnfilledPackTests {
    static let draft = #"{"draft": {"lines": {"from": 12, "to": 14}, "suggestions": ["domain voice from \"heard\""], "entry": {"narrative": {"kind": "aim", "text": "Every child is heard."}}}}"#

    /// The rule sample with one draft entry and one prompt.
    static func unfilled() throws -> (folder: URL, file: String) {
        try StrictValidationTests.sample([("sections[0].content[0].item.content[0]", draft), ("document.title", "\"TO BE COMPLETED: the title\"")])
    }

    static let refusal = "cps: pack.json is not yet filled in: it holds 1 prompt still reading \"TO BE COMPLETED\" and 1 draft entry nobody has confirmed; complete them (`cps validate pack.json` lists them), or give --include-drafts to load it as it is.\n"

    @Test(.enabled(if: StrictValidationTests.enabled, "The cps binary is not built beside the tests."))
    func validateWarnsOfEachDraftAndSumsUpWhatRemains() throws {
        let (folder, file) = try Self.unfilled()
        let result = try StrictValidationTests.run(["validate", file], in: folder)
        #expect(result.status == 0)
        #expect(result.out == """
            pack.json:13:14: warning [to-be-completed] document.title: Still to be completed: the title.
            pack.json:28:26: warning [draft-entry] sections[0].content[0].item.content[0].draft: The narrative drafted from lines 12-14 of the document under "Our priorities" (with 1 suggested mapping or measure) is not yet confirmed.
            pack.json:1:1: warning [unfilled-pack] This pack is not yet filled in: it holds 1 prompt still reading "TO BE COMPLETED" and 1 draft entry nobody has confirmed; other commands refuse it unless --include-drafts is given.
            1 file checked: 0 errors, 3 warnings.

            """)
    }

    @Test(.enabled(if: StrictValidationTests.enabled, "The cps binary is not built beside the tests."),
          arguments: [["show", "example"], ["compare", "example", "sefton"], ["report", "--authorities", "example,sefton", "--format", "json"],
                      ["list"], ["gaps", "example"], ["coverage"], ["similarity"], ["render", "example"], ["says-does", "example"]])
    func readingCommandsRefuseItWithoutTheFlag(_ command: [String]) throws {
        let (folder, file) = try Self.unfilled()
        let result = try StrictValidationTests.run(command + ["--authority-path", file], in: folder)
        #expect(result.status == 65)
        #expect(result.out.isEmpty)
        #expect(result.error == Self.refusal)
    }

    @Test(.enabled(if: StrictValidationTests.enabled, "The cps binary is not built beside the tests."))
    func withTheFlagEveryOutputSaysSo() throws {
        let (folder, file) = try Self.unfilled()
        let note = "These results include packs that are not yet filled in (prompts reading \"TO BE COMPLETED\" or draft entries nobody has confirmed), loaded with --include-drafts, so they are not yet the councils' own words."
        let text = try StrictValidationTests.run(["show", "example", "--authority-path", file, "--include-drafts"], in: folder)
        #expect(text.status == 0)
        #expect(text.out.hasPrefix("Note: \(note)\n\nExample Council: TO BE COMPLETED: the title"))
        let markdown = try StrictValidationTests.run(["compare", "example", "sefton", "--authority-path", file, "--include-drafts", "--format", "markdown"], in: folder)
        #expect(markdown.status == 0)
        #expect(markdown.out.hasPrefix("> **Note:** \(note)\n\n"))
        let json = try StrictValidationTests.run(["gaps", "example", "--authority-path", file, "--include-drafts", "--format", "json"], in: folder)
        #expect(json.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.out.utf8)) as? [String: Any])
        #expect(object["includesDrafts"] as? Bool == true)
        let html = try StrictValidationTests.run(["report", "--authorities", "example,sefton", "--authority-path", file, "--include-drafts", "--format", "html"], in: folder)
        #expect(html.status == 0)
        #expect(html.out.contains("<body>\n<p class=\"note\" role=\"note\"><strong>Note:</strong> These results include packs that are not yet filled in"))
        // Without the flag nothing says so: a filled pack's output is unchanged.
        let plain = try StrictValidationTests.run(["gaps", "sefton", "--format", "json"], in: folder)
        #expect(!plain.out.contains("includesDrafts"))
    }

    @Test(.enabled(if: StrictValidationTests.enabled, "The cps binary is not built beside the tests."))
    func exportCopiesItAsItIs() throws {
        let (folder, file) = try Self.unfilled()
        let result = try StrictValidationTests.run(["export", "example", "--authority-path", file], in: folder)
        #expect(result.status == 0)
        #expect(result.out.contains("\"draft\""))
        #expect(!result.out.contains("includesDrafts"))
    }

    @Test(.enabled(if: StrictValidationTests.enabled, "The cps binary is not built beside the tests."))
    func anUntouchedStarterIsUnfilledAndRefused() throws {
        let folder = try CPSHarness.temporaryFolder()
        let written = try StrictValidationTests.run(["init", "Blackpool Council", "--ons", "E06000009", "--dfe", "890", "--region", "North West", "--output", "starter.json"], in: folder)
        #expect(written.status == 0)
        let checked = try StrictValidationTests.run(["validate", "starter.json"], in: folder)
        let summary = try #require(checked.out.split(separator: "\n").first { $0.contains("[unfilled-pack]") })
        #expect(summary.hasPrefix("starter.json:1:1: warning [unfilled-pack] This pack is not yet filled in: it holds "))
        let shown = try StrictValidationTests.run(["show", "blackpool", "--authority-path", "starter.json"], in: folder)
        #expect(shown.status == 65)
        #expect(shown.error.hasPrefix("cps: starter.json is not yet filled in: it holds "))
    }
}
