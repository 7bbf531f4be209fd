import CorporateParenting

/// A pack with what the built-in councils do not have: texts a spreadsheet would run as formulas or that begin
/// with apostrophes, a tab, a mapping note over two lines, an id shared by a section and an item, an
/// inconsistency and an action plan.
enum SpreadsheetFixture {
    static let texts = ["=SUM(A1)", "+44 151 000", "-not a number", "@home", "'=already quoted", "'Tis the season", "-3.5",
                        "a\ttab", "two\nlines", " padded "]

    static var pack: AuthorityPack {
        let actions = texts.map { Entry.action(Action(.commitment, $0, owner: $0)) }
        let item = Item(id: "shared", level: .priority, title: "=Homes", mappings: [
            Mapping(principles: [1], domains: ["homes"], basis: .stated, note: "first line\nsecond line"),
            Mapping(principles: [2, 3], basis: .judged, note: "(bracketed): yes"),
        ], content: actions)
        return AuthorityPack(
            id: "formulas", name: "=Formula Council", codes: AuthorityCodes(ons: "E06000009", dfe: "890"), region: "North West",
            document: StrategyDocument(title: "-Strategy", period: StrategyPeriod(start: PartialDate(year: 2025), end: PartialDate(year: 2028))),
            sections: [
                Section(id: "shared", heading: "Shared", content: [.item(item), .narrative(Narrative(.aim, "@aim"))]),
                Section(id: "second", heading: "'Second", content: [.section(Section(id: "inner", heading: "Inner"))]),
            ],
            inconsistencies: [Inconsistency(topic: "=Dates", excerpts: [Excerpt("2025", in: "shared")])],
            actionPlans: [ActionPlan(document: StrategyDocument(title: "Plan", capture: .partial), sections: [
                Section(id: "plan-section", heading: "Plan section", content: [.action(Action(.action, "+Plan row", due: PartialDate(year: 2026, month: 3)))]),
            ])]
        )
    }
}
