import BuiltInAuthorities
import CorporateParenting
import CPSEngine
import CPSKit
import Testing

@Suite struct ShowCommandTests {
    @Test func showsTheFixtureInTheDocumentsOrder() {
        let text = TextRenderer(width: 100).render(StrategyView(ViewFixture.authority, framework: .standard).document())
        #expect(text == """
        Fixture Council: Corporate Parenting Strategy (2024 to 2026)
        ============================================================

        Id:          fixture
        Council:     Fixture Council
        Region:      North West
        Codes:       ONS E06000099, DfE 999
        Document:    Corporate Parenting Strategy
        Period:      2024 to 2026
        Review date: 2025-03
        Captured:    the whole document
        Loaded from: the pack fixture.json

        Our priorities
        --------------
        Context: Our priorities were chosen with our children in care council.

        » Priority 1: Being Heard
        Level:               priority, number 1
        Id:                  being-heard
        Encoder's judgement: principles 2, 3; domain Voice and participation

        Aim:        Every child's voice shapes the plans made for them.
        Aim:        Young people sit at the table when services are designed.
        Commitment: Ask every child for their views before their review.
                    owner: Participation Officer; timeline: March 2025
        Metric:     Children who say they were listened to at their review
                    monitored; unit: percent
                    target: 90% ("90% of children say they were listened to")
                    figure: 72% (share; children in care aged 11-17; the council; 2023)

        Governance
        ----------
        » Corporate Parenting Board
        Kind:   board
        Id:     corporate-parenting-board
        Status: in place
        Chair:  Lead Member for Children's Services
        Member: a young person (planned; “will join the board”)
        Meets:  quarterly (4 a year)

        """)
    }

    @Test func saysWhatIsNotCapturedAndWhoseAMappingIs() {
        var pack = ViewFixture.pack
        pack.sections.append(Section(id: "appendix", heading: "Appendix", capture: CaptureExtent.none))
        if case .section(var section) = pack.sections[0].content[1], case .item(var item) = section.content[0] {
            item.mappings.append(Mapping(principles: [2], basis: .stated, note: "This priority meets principle 2"))
            section.content[0] = .item(item)
            pack.sections[0].content[1] = .section(section)
        }
        let text = TextRenderer(width: 200).render(StrategyView(LoadedAuthority(pack: pack, origin: .pack(path: "p.json")), framework: .standard).document())
        #expect(text.contains("Appendix\n--------\n  Not captured: the pack does not hold what is printed under this heading."))
        #expect(text.contains("The document states: principle 2 — “This priority meets principle 2”"))
        #expect(text.contains("Encoder's judgement: principles 2, 3; domain Voice and participation"))
    }

    @Test func showsSeftonUnderItsOwnHeadingsInOrder() throws {
        let pack = try #require(BuiltInRegistry.packs.first { $0.id == "sefton" })
        let result = CPSHarness.run(["show", "sefton"], width: 1000)
        #expect(result.status == 0)
        let headings = PackIndex(pack).outline.map(\.heading) + ["Where the document contradicts itself (\(pack.inconsistencies.count))"]
        var position = result.out.startIndex
        for heading in headings {
            let found = result.out.range(of: heading, range: position..<result.out.endIndex)
            #expect(found != nil, "missing or out of order: \(heading)")
            if let found { position = found.upperBound }
        }
        for bag in ["Other arrangements", "Values (", "Priorities (", "Measures and figures"] {
            #expect(!result.out.contains(bag), "\(bag)")
        }
        #expect(result.out.contains("Meets:") && result.out.contains("bi-monthly"))
    }

    @Test func jsonIsTheExportedPack() {
        #expect(CPSHarness.run(["show", "sefton", "--format", "json"]).out == CPSHarness.run(["export", "sefton"]).out)
    }

    @Test func csvListsEveryEntryWithItsSource() throws {
        let pack = try #require(BuiltInRegistry.packs.first { $0.id == "sefton" })
        let index = PackIndex(pack)
        let rows = CPSHarness.run(["show", "sefton", "--format", "csv"]).out.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(rows[0] == "Kind,Type,Id,Parent,Text,Principles,Domains,Basis,Source")
        #expect(rows.filter { $0.hasPrefix("action,commitment,") }.count == index.actions.filter { $0.value.kind == .commitment }.count)
        #expect(rows.filter { $0.hasPrefix("item,priority,") }.count == index.items.filter { $0.value.level == .priority }.count)
        #expect(rows.filter { $0.hasPrefix("section,") }.count == index.outline.count)
        #expect(rows.contains { $0.hasPrefix("item,priority,being-heard,,Being Heard,2 3,voice governance,judged,") })
    }

    @Test func markdownAndHTMLRender() {
        let markdown = CPSHarness.run(["show", "middlesbrough", "--format", "markdown"])
        #expect(markdown.status == 0)
        #expect(markdown.out.hasPrefix("# Middlesbrough"))
        let html = CPSHarness.run(["show", "leicestershire", "--format", "html"])
        #expect(html.out.hasPrefix("<!DOCTYPE html>"))
        #expect(!html.out.contains("<script"))
    }

    @Test func textFromThePackIsEscaped() {
        var pack = ViewFixture.pack
        pack.sections[1].heading = "<script>alert(1)</script> *Governance*"
        let view = StrategyView(LoadedAuthority(pack: pack, origin: .pack(path: "p.json")), framework: .standard)
        #expect(!HTMLRenderer().render(view.document()).contains("<script>alert"))
        #expect(MarkdownRenderer().render(view.document()).contains("\\<script\\>alert(1)\\</script\\> \\*Governance\\*"))
    }

    @Test(arguments: BuiltInRegistry.packs.map(\.id))
    func everyCouncilShowsInEveryFormat(id: String) {
        for format in ["text", "markdown", "csv", "json", "html"] {
            let result = CPSHarness.run(["show", id, "--format", format])
            #expect(result.status == 0 && !result.out.isEmpty, "\(id) \(format)")
        }
    }

    @Test func textFitsANarrowTerminal() {
        let result = CPSHarness.run(["show", "north-east-lincolnshire"], width: 60)
        let long = result.out.split(separator: "\n").filter { $0.count > 60 }
        #expect(long.isEmpty, "\(long.prefix(3))")
    }
}
