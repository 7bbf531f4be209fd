import CorporateParenting
import CPSEngine
import CPSKit
import Testing

/// `cps draft` on documents of other shapes, written here: a pledge-led text, an action plan as a table, a web
/// page saved as Markdown and as HTML.
@Suite struct DraftShapesTests {
    static let identity = PackDrafter.Identity(id: "testshire", name: "Testshire Council")

    static func draft(_ text: String, _ format: DraftFormat) throws -> AuthorityPack {
        try PackDrafter.draft(text, format: format, identity: identity, fileName: "test")
    }

    /// Every entry of the pack, unwrapped from its draft, with the heading of its section and its lines.
    static func entries(_ pack: AuthorityPack) -> [(heading: String, entry: Entry, lines: LineRange?)] {
        func walk(_ section: Section) -> [(String, Entry, LineRange?)] {
            section.content.flatMap { entry -> [(String, Entry, LineRange?)] in
                switch entry {
                case .section(let child): return walk(child)
                case .draft(let draft): return [(section.heading, draft.entry, draft.lines)]
                default: return [(section.heading, entry, nil)]
                }
            }
        }
        return pack.sections.flatMap(walk)
    }

    static func actions(_ pack: AuthorityPack) -> [(heading: String, action: Action, lines: LineRange?)] {
        entries(pack).compactMap { if case .action(let action) = $0.entry { ($0.heading, action, $0.lines) } else { nil } }
    }

    static let pledgeLed = """
    Our Pledge to Children in Care 2024-2027

    Contents
    Pledge 1: We will listen to you\t2
    Pledge 2: A safe and stable home\t3
    Our Board\t4

    Pledge 1: We will listen to you

    Our aim is that every child is heard in every decision about their life.

    We promise to:
    • Visit you at least every six weeks.
    • Tell you who your social worker is and how to reach them.

    3

    Pledge 2: A safe and stable home

    We will:
    - Offer Staying Put to every young person who wants it.
    - Complete a personal education plan for every child on time.

    In 2023, 72% of children had a PEP on time, against 80% nationally.

    Our Board

    The Corporate Parenting Board meets quarterly.

    The Children in Care Council is for young people aged 11-15.
    """

    @Test func pledgeLedText() throws {
        let pack = try Self.draft(Self.pledgeLed, .text)
        #expect(pack.document.title == "Our Pledge to Children in Care 2024-2027")
        #expect(pack.document.period == .years(2024, 2027))
        #expect(pack.document.status == nil && pack.document.approved == nil)
        let headings = PackIndex(pack).outline.map(\.heading)
        #expect(headings == ["Our Pledge to Children in Care 2024-2027", "Contents", "Pledge 1: We will listen to you", "Pledge 2: A safe and stable home", "Our Board"])
        let items = Self.entries(pack).compactMap { if case .item(let item) = $0.entry { item } else { nil } }
        #expect(items.map(\.level) == [.pledge, .pledge])
        #expect(items.map(\.number) == [1, 2])
        #expect(items.map(\.title) == ["We will listen to you", "A safe and stable home"])
        let actions = Self.actions(pack)
        #expect(actions.map(\.action.kind) == [.promise, .promise, .commitment, .commitment])
        #expect(actions[0].action.text == "Visit you at least every six weeks.")
        #expect(actions[0].lines == LineRange(from: 13, to: 13))
        #expect(actions[2].heading == "Pledge 2: A safe and stable home")
        // Staying Put is suggested, never stated: the mapping's basis is `suggested` and the draft says why.
        let stayingPut = try #require(actions.first { $0.action.text.hasPrefix("Offer Staying Put") })
        #expect(stayingPut.action.mappings.first?.basis == .suggested)
        #expect(stayingPut.action.mappings.first?.domains.contains(.adulthood) == true)
        let aims = Self.entries(pack).compactMap { if case .narrative(let n) = $0.entry, n.kind == .aim { n.text } else { nil } }
        #expect(aims == ["Our aim is that every child is heard in every decision about their life."])
        let evidence = try #require(Self.entries(pack).compactMap { if case .evidence(let e) = $0.entry { e } else { nil } }.first)
        #expect(evidence.figures.map(\.value) == [72, 80])
        #expect(evidence.figures.map(\.unit) == [.percent, .percent])
        #expect(evidence.figures.map(\.scope) == [.authority, .england])
        #expect(evidence.figures.map(\.period) == ["2023", "2023"])
        #expect(evidence.standardMeasure == "pep-completion")
        let bodies = Self.entries(pack).compactMap { if case .body(let b) = $0.entry { b } else { nil } }
        #expect(bodies.map(\.name) == ["Corporate Parenting Board", "Children in Care Council"])
        #expect(bodies[0].kind == .board && bodies[0].meets?.perYear == 4 && bodies[0].roles.isEmpty)
        #expect(bodies[1].kind == .youthGroup && bodies[1].ages == .between(11, 15))
        // The page number "3" is not text.
        #expect(!Self.entries(pack).contains { if case .narrative(let n) = $0.entry { n.text == "3" } else { false } })
    }

    @Test func actionPlanTable() throws {
        let text = """
        # Care Leavers Action Plan 2025-2026

        ## Priority 1: Homes

        | Action | Responsible officer | Timeline | Expected outcome |
        |---|---|---|---|
        | Open two supported lodgings | Team Manager: Leaving Care | September 2025 | More young people in suitable accommodation |

        Action: Review the local offer with young people
        Responsible officer: Head of Service
        Timeline: March 2026
        Expected outcome: A published local offer
        """
        let pack = try Self.draft(text, .markdown)
        #expect(pack.document.period == .years(2025, 2026))
        let actions = Self.actions(pack).map(\.action)
        #expect(actions.map(\.text) == ["Open two supported lodgings", "Review the local offer with young people"])
        #expect(actions.map(\.kind) == [.action, .action])
        #expect(actions[0].owner == "Team Manager: Leaving Care")
        #expect(actions[0].timeline == "September 2025")
        #expect(actions[0].expectedOutcome == "More young people in suitable accommodation")
        #expect(actions[1].owner == "Head of Service")
        #expect(actions[1].timeline == "March 2026")
        #expect(actions[1].expectedOutcome == "A published local offer")
        #expect(actions.allSatisfy { $0.due == nil && $0.status == nil })
        let lines = Self.actions(pack).map(\.lines)
        #expect(lines == [LineRange(from: 7, to: 7), LineRange(from: 9, to: 12)])
    }

    @Test func webPageMarkdown() throws {
        let text = """
        # Corporate parenting strategy

        Home > Children > Corporate parenting

        ## What is corporate parenting?

        Corporate parenting means the collective responsibility of the council
        and its partners for children in care.

        ## Our priorities

        1. Being heard
        2. Safe homes

        ### How will this be achieved?

        * Run a **care leavers' forum** every month.
        * Publish our [local offer](https://example.org/offer).
        """
        let pack = try Self.draft(text, .markdown)
        #expect(pack.document.title == "Corporate parenting strategy")
        #expect(pack.document.period == StrategyPeriod())
        #expect(PackIndex(pack).outline.map(\.heading) == ["What is corporate parenting?", "Our priorities", "How will this be achieved?"])
        #expect(PackIndex(pack).outline.map(\.level) == [1, 1, 2])
        let definitions = Self.entries(pack).compactMap { if case .definition(let d) = $0.entry { d } else { nil } }
        #expect(definitions.map(\.term) == ["Corporate parenting"])
        #expect(definitions.first?.text == "Corporate parenting means the collective responsibility of the council and its partners for children in care.")
        let items = Self.entries(pack).compactMap { if case .item(let item) = $0.entry { item } else { nil } }
        #expect(items.map(\.title) == ["Being heard", "Safe homes"])
        #expect(items.map(\.level) == [.priority, .priority])
        #expect(Self.actions(pack).map(\.action.text) == ["Run a care leavers' forum every month.", "Publish our local offer."])
        #expect(Self.actions(pack).map(\.action.kind) == [.action, .action])
    }

    @Test func htmlPage() throws {
        let html = """
        <html><head><title>Site</title><style>p { color: red; }</style>
        <script>var a = "<p>not text</p>";</script></head>
        <body><nav><ul><li>Home</li><li>Cookies</li></ul></nav>
        <h1>Corporate Parenting Strategy 2023 &ndash; 2026</h1>
        <h2>Our pledge</h2>
        <p>We promise that:</p>
        <ul>
        <li>We will help you to stay put until you are 21.</li>
        <li>We will check your health every year.</li>
        </ul>
        <h2>Our action plan</h2>
        <table><tr><th>Action</th><th>Lead</th><th>Timescale</th></tr>
        <tr><td>Recruit foster carers &amp; supported lodgings hosts</td><td>Fostering Manager</td><td>March 2025</td></tr></table>
        <footer><p>Copyright</p></footer></body></html>
        """
        let pack = try Self.draft(html, .html)
        #expect(pack.document.title == "Corporate Parenting Strategy 2023 \u{2013} 2026")
        #expect(pack.document.period == .years(2023, 2026))
        #expect(PackIndex(pack).outline.map(\.heading) == ["Our pledge", "Our action plan"])
        let actions = Self.actions(pack)
        #expect(actions.map(\.action.kind) == [.promise, .promise, .action])
        #expect(actions[0].action.text == "We will help you to stay put until you are 21.")
        #expect(actions[0].lines == LineRange(from: 8, to: 8))
        #expect(actions[2].action.text == "Recruit foster carers & supported lodgings hosts")
        #expect(actions[2].action.owner == "Fostering Manager")
        #expect(actions[2].action.timeline == "March 2025")
        let everything = try PackCoding.json(pack)
        for chrome in ["Home", "Cookies", "Copyright", "not text", "color"] { #expect(!everything.contains(chrome), "\(chrome)") }
    }

    @Test func idsAreUniqueAndDraftsCarryLines() throws {
        let text = "Plan 2024-2025\n\nVision\n\nThe first vision paragraph, which runs on.\n\nVision\n\nThe second vision paragraph, which runs on.\n\nVision\n\nThe third vision paragraph, which runs on.\n"
        let pack = try Self.draft(text, .text)
        #expect(PackIndex(pack).outline.map(\.id.rawValue) == ["plan-2024-2025", "vision", "vision-2", "vision-3"])
        #expect(PackIndex(pack).outline.map(\.line) == [1, 3, 7, 11])
    }

    @Test func badInputIsOneProblem() {
        #expect(throws: DraftProblem.empty) { try PackDrafter.text(of: Array(" \n\t\n".utf8)) }
        #expect(throws: DraftProblem.binary) { try PackDrafter.text(of: [0x50, 0x4B, 0x03, 0x04, 0x00, 0x01]) }
        #expect(throws: DraftProblem.notUTF8(offset: 3)) { try PackDrafter.text(of: [0x61, 0x62, 0x63, 0xFF, 0x64]) }
        #expect(throws: DraftProblem.nothingToDraft) { try Self.draft("<html><script>x</script></html>", .html) }
    }
}
