import BuiltInAuthorities
import CorporateParenting
import CPSEngine
import CPSKit
import Foundation
import Testing

@Suite struct RenderCommandTests {
    @Test func rendersTheFixtureUnderItsOwnHeadings() {
        let markdown = MarkdownRenderer().render(StrategyDocumentView(pack: ViewFixture.pack, framework: .standard).document())
        #expect(markdown == """
        # Corporate Parenting Strategy 2024-2026

        Fixture Council

        ## Our priorities

        Our priorities were chosen with our children in care council.

        ### Priority 1: Being Heard

        > Encoder's judgement: principles 2, 3; domain Voice and participation.

        Every child's voice shapes the plans made for them.

        Young people sit at the table when services are designed.

        | Action | Owner | Timeline |
        | --- | --- | --- |
        | Ask every child for their views before their review. | Participation Officer | March 2025 |

        | Measure | Target | Figures |
        | --- | --- | --- |
        | Children who say they were listened to at their review | 90% of children say they were listened to | 72% (children in care aged 11-17; 2023) |

        ## Governance

        - **Board:** Corporate Parenting Board
        - **Chair:** Lead Member for Children's Services
        - **Member:** a young person (planned; “will join the board”)
        - **Meets:** quarterly

        > Rendered by cps from the Fixture Council pack: the document's headings and text as the pack holds them. Notes beginning “Encoder's judgement” are the encoder's reading, not the document's words; \\`cps show fixture\\` gives what the pack records about every item.

        """)
    }

    @Test func printsNothingTheTextAlreadySays() {
        var pack = ViewFixture.pack
        if case .body(var board) = pack.sections[1].content[0] {
            board.content = [.narrative(Narrative(.context, "The board is chaired by the Lead Member for Children's Services and meets quarterly."))]
            pack.sections[1].content[0] = .body(board)
        }
        let markdown = MarkdownRenderer().render(StrategyDocumentView(pack: pack, framework: .standard).document())
        #expect(markdown.contains("## Governance\n\nThe board is chaired by the Lead Member for Children's Services and meets quarterly.\n\n- **Board:** Corporate Parenting Board\n- **Member:** a young person (planned; “will join the board”)\n\n"))
    }

    @Test(arguments: BuiltInRegistry.packs.map(\.id))
    func followsTheDocumentsHeadingsAndNeverSpeaksForTheCouncil(id: String) throws {
        let pack = try #require(BuiltInRegistry.packs.first { $0.id == id })
        let result = CPSHarness.run(["render", id])
        #expect(result.status == 0)
        let unescaped = { (text: String) in text.replacingOccurrences(of: "\\", with: "") }
        let headings = result.out.split(separator: "\n").filter { $0.hasPrefix("##") }
            .map { unescaped(String($0.drop { $0 == "#" }.dropFirst())) }
        var position = headings.startIndex
        for node in PackIndex(pack).outline {
            let found = headings[position...].firstIndex(of: unescaped(node.heading))
            #expect(found != nil, "\(id): missing or out of order: \(node.heading)")
            if let found { position = found + 1 }
        }
        let printed = CPSHarness.run(["export", id]).out
        for invented in ["This serves", "Our key actions", "Our mission", "The corporate parenting principles", "Measures scorecard"] {
            #expect(!result.out.contains(invented) || printed.contains(invented), "\(id): \(invented)")
        }
        let judgements = result.out.split(separator: "\n").filter { $0.contains("Encoder's judgement") }
        #expect(judgements.allSatisfy { $0.hasPrefix("> ") }, "\(id): a judgement outside a note")
    }

    @Test func rendersHTMLToAFile() throws {
        let file = try CPSHarness.temporaryFolder().appendingPathComponent("sefton.html").path
        let result = CPSHarness.run(["render", "sefton", "--format", "html", "--output", file])
        #expect(result.status == 0)
        let html = try String(contentsOfFile: file, encoding: .utf8)
        #expect(html.contains("<h1>Corporate Parenting Strategy 2023-2025</h1>"))
        #expect(html.contains("Cabinet Member for Children&#39;s Social Care"))
        #expect(CPSHarness.run(["render", "sefton", "--format", "csv"]).status == 64)
    }
}
