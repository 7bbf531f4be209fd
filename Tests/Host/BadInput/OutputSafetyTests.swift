import CorporateParenting
import Foundation
import Testing

/// Text from a pack can never become markup in HTML or Markdown, or a formula in a spreadsheet.
@Suite struct OutputSafetyTests {
    static let script = "<script>alert('pwned')</script>"
    static let image = "<img src=x onerror=alert(1)>"
    static let formula = "=HYPERLINK(\"http://evil.example\",\"click\")"

    /// A folder holding a pack whose every text is hostile.
    func hostilePack() throws -> URL {
        let pack = AuthorityPack(
            id: "hostile", name: "=cmd|' /C calc'!A0 \(Self.script)", ons: "E06000009", dfe: "890", region: "North West",
            document: StrategyDocument(title: "\(Self.script) Strategy", period: .years(2024, 2027)),
            inconsistencies: [Inconsistency(Self.script, Excerpt(Self.image, in: "cover"))]
        ) {
            Section("Cover \(Self.image)", id: "cover") {
                Vision("\(Self.image) and </table></section> and ]]> and &amp;")
            }
            Section("@SUM(A1:A9)") {
                Priority("voice", Self.formula, number: 1, principles: [2], domains: [.voice]) {
                    Commitment("+cmd \(Self.script)", owner: "=1+1")
                    Commitment("\t-2+3 \(Self.image)")
                    Outcome("outcome", "| pipe | in | markdown | \\ backslash `code` *bold* [link](http://x)") {
                        Metric("m", "-1+1", purpose: .monitor, standard: "sdq-completion", target: Target(95, .percent, Self.formula))
                    }
                }
            }
            Section("Governance") {
                Body(.board, "board", "Board \(Self.script)", roles: [.chair(Self.formula)], meets: .quarterly)
                Body(.workingGroup, "g", Self.image, roles: [.chair("=1+1")], serves: ["voice"])
                Body(.youthGroup, "p", Self.script, ages: .between(11, 15))
            }
        }
        let folder = try CPSHarness.temporaryFolder()
        try PackCoding.json(pack).write(to: folder.appendingPathComponent("hostile.json"), atomically: true, encoding: .utf8)
        return folder
    }

    func assertNoMarkup(_ html: String) {
        #expect(!html.contains("<script"), "a script tag escaped into the page")
        #expect(!html.contains("<img"), "an image tag escaped into the page")
        #expect(!html.contains("onerror=alert(1)>"))
        #expect(html.contains("&lt;script&gt;alert(&#39;pwned&#39;)&lt;/script&gt;"))
    }

    /// Every `<` in Markdown is backslash-escaped, so no renderer reads it as a tag.
    func assertEveryAngleBracketEscaped(_ markdown: String) {
        let characters = Array(markdown)
        let bare = characters.indices.filter { characters[$0] == "<" && ($0 == 0 || characters[$0 - 1] != "\\") }
            .filter { index in !String(characters[index...].prefix(4)).hasPrefix("<br>") }
        #expect(bare.isEmpty, "unescaped < in Markdown")
        #expect(markdown.contains("\\<script\\>"))
    }

    @Test func htmlEscapesEveryText() throws {
        let folder = try hostilePack().path
        for arguments in [["show", "hostile", "--format", "html"], ["render", "hostile", "--format", "html"], ["report"],
                          ["report", "--authorities", "hostile,sefton"], ["compare", "hostile", "sefton", "--format", "markdown"]] {
            let result = CPSHarness.run(arguments + ["--authority-path", folder])
            #expect(result.status == 0, "\(arguments): \(result.error)")
            if arguments.contains("markdown") {
                assertEveryAngleBracketEscaped(result.out)
            } else {
                assertNoMarkup(result.out)
            }
        }
    }

    @Test func markdownEscapesEveryText() throws {
        let result = CPSHarness.run(["show", "hostile", "--format", "markdown", "--authority-path", try hostilePack().path])
        assertEveryAngleBracketEscaped(result.out)
        #expect(result.out.contains("\\| pipe \\| in \\| markdown \\|"))
        #expect(result.out.contains("\\[link\\]"))
    }

    @Test func csvNeutralisesFormulas() throws {
        let folder = try hostilePack().path
        let show = CPSHarness.run(["show", "hostile", "--format", "csv", "--authority-path", folder]).out
        #expect(show.contains("'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")"))
        #expect(show.contains(",'+cmd "))
        #expect(show.contains(",\\t-2+3 "), "a tab is shown as \\t")
        #expect(!show.contains("\t"))
        #expect(show.contains(",'-1+1,"))
        #expect(show.contains("'@SUM(A1:A9)"))
        #expect(!show.split(separator: "\r\n").contains { line in line.split(separator: ",").contains { $0.hasPrefix("=") || $0.hasPrefix("+") || $0.hasPrefix("@") } })
        let list = CPSHarness.run(["list", "--format", "csv", "--authority-path", folder]).out
        #expect(list.contains("hostile,'=cmd|' /C calc'!A0 "))
        let compare = CPSHarness.run(["compare", "hostile", "sefton", "--format", "csv", "--authority-path", folder]).out
        #expect(!compare.contains(",=1+1"))
    }

    @Test func jsonStaysValid() throws {
        let result = CPSHarness.run(["export", "hostile", "--authority-path", try hostilePack().path])
        let object = try JSONSerialization.jsonObject(with: Data(result.out.utf8)) as? [String: Any]
        #expect((object?["name"] as? String)?.hasSuffix(Self.script) == true)
    }
}
