import CorporateParenting
import NorthEastLincolnshireAuthority
import Testing

/// North East Lincolnshire's Corporate Parenting Strategy 2023- 2025, checked against its document
/// (docs/audits/north-east-lincolnshire.md has the outline, inventory and counts these tests use).
@Suite struct NorthEastLincolnshireTests {
    let pack = NorthEastLincolnshire.pack
    let index = PackIndex(NorthEastLincolnshire.pack)

    func item(_ id: ID<Item>) throws -> Item {
        try #require(index.items.first { $0.value.id == id }).value
    }

    func body(_ id: ID<Body>) throws -> Body {
        try #require(index.bodies.first { $0.value.id == id }).value
    }

    func evidence(_ id: ID<Evidence>) throws -> Evidence {
        try #require(index.evidence.first { $0.value.id == id }).value
    }

    /// The sections with heading `heading`, in order.
    func sections(_ heading: String) -> [OutlineNode] {
        index.outline.filter { $0.heading == heading }
    }

    @Test func matchesItsDocument() throws {
        try DocumentChecks.check(pack, repairs: Self.repairs)
    }

    /// The extraction kept a link's marks around the text it linked (seed line 449), splitting the sentence from
    /// its date.
    static let repairs: [(damaged: String, printed: String)] = [
        (damaged: "In February 2018, [PA support for Care Leavers was extended from 21 to 25.](#)",
         printed: "In February 2018, PA support for Care Leavers was extended from 21 to 25."),
    ]

    @Test func identityAndDocument() {
        #expect(pack.id == "north-east-lincolnshire")
        #expect(pack.name == "North East Lincolnshire Council")
        #expect(pack.codes == AuthorityCodes(ons: "E06000012", dfe: "812"))
        #expect(pack.region == "Yorkshire and The Humber")
        #expect(pack.document.title == "Corporate Parenting Strategy")
        #expect(pack.document.period == .years(2023, 2025))
        #expect(pack.document.capture == .whole)
        // Not printed: review or approval date, status, signatories.
        #expect(pack.document.reviewDate == nil)
        #expect(pack.document.approved == nil)
        #expect(pack.document.status == nil)
        #expect(index.signatories.isEmpty)
    }

    /// The headings as printed in the body, in order, typed from the document (seed lines in comments). The
    /// contents-only headings ("What success will look like?" and the like, "Children and Care Leavers promise") are
    /// not among them; the governance sub-sections are printed twice.
    @Test func outlineIsTheDocumentsHeadings() {
        let expected = [
            "Contents", // 11
            "What is corporate parenting?", // 45
            "The corporate parenting principles", // 63
            "Our vision for all children and young people", // 75
            "Our plan of action", // 85
            "The lived experience of care", // 91
            "Outcomes for children and young people", // 99
            "1. Safe, stable and caring places to live and call home", // 105
            "VISION", "What is the challenge?", "What more can we do/ what will we do:",
            "Key Partners for this strategic priority are:", // 144
            "2. Emotionally, physically and mentally healthy and well", // 159
            "VISION", "What is the challenge?", "What we will do", "What will success look like?",
            "3. Learning, Developing, Having Fun And Achieving", // 200
            "VISION", "What is the challenge?", "Vision", "What is the challenge?", "What will we do?",
            "Key Partners for this strategic priority are:", // 308
            "4. Trusted relationships and a strong sense of identity and belonging", // 321
            "Vision", "What Is The Challenge?", "What Will Success Look Like?",
            "5. Making Their Voice Heard And Influencing Decision-Making", // 347
            "Vision", "What is the challenge?", "What We Will Do",
            "Key Partners for this strategic priority are:", // 389
            "6. Safe and protected at home, online and in the community", // 405
            "Vision", "What Is The Challenge", "What Will Success Look Like",
            "7. Developing Independence", // 427
            "Vision", "What is the challenge?", "What we will do:",
            "Key Partners for this strategic priority are:", // 473
            "Governance Arrangements", // 486
            "Democratic Involvement and Accountability", "Participation of Children and Young People",
            "Operational Delivery", "Corporate parenting training and awareness",
            "Democratic Involvement and Accountability", "Participation of Children and Young People", // 514, 518
            "Operational Delivery", "Corporate parenting training and awareness", // 522, 528
            "Effective Corporate Parents:", // 534
            "Universal Responsibility (Level 1)", "Targeted Responsibility (Level 2)", "Specialist Responsibility (Level 3)",
            "Link Members To Our Children's Homes", // 587
            "Board members supporting Strategic Priority Themes", // 597
            "Officers", // 603
        ]
        #expect(index.outline.map(\.heading) == expected)
        #expect(index.outline.count == 58)
        // Every heading carries its seed line, in increasing order.
        let lines = index.outline.compactMap(\.line)
        #expect(lines.count == 58)
        #expect(lines == lines.sorted())
    }

    @Test func outlineLevels() throws {
        let level1 = index.outline.filter { $0.level == 1 }.map(\.heading)
        #expect(level1 == [
            "Contents", "What is corporate parenting?", "Our vision for all children and young people", "Our plan of action",
            "The lived experience of care", "Outcomes for children and young people", "Governance Arrangements",
        ])
        #expect(sections("The corporate parenting principles").map(\.level) == [2])
        #expect(sections("7. Developing Independence").map(\.level) == [2])
        #expect(sections("Effective Corporate Parents:").map(\.level) == [2])
        #expect(sections("Specialist Responsibility (Level 3)").map(\.level) == [3])
        // Outcome 3 has two visions and two challenges, with ids of their own.
        #expect(index.node("o3-vision-fun")?.heading == "VISION")
        #expect(index.node("o3-vision-education")?.heading == "Vision")
        #expect(index.node("o3-challenge-fun")?.line == 226)
        #expect(index.node("o3-challenge-education")?.line == 261)
        // The repeated governance block: two nodes each, distinct ids.
        #expect(sections("Operational Delivery").map(\.id) == ["operational-delivery", "operational-delivery-repeat"])
        // Figure 1 is not in the text.
        #expect(sections("Operational Delivery").map(\.capture) == [.partial, .partial])
    }

    @Test func contentsEntries() throws {
        let contents = index.narratives.filter { $0.section == "contents" }
        #expect(contents.count == 53)
        #expect(contents.contains { $0.value.text == "What success will look like? 8" })
        #expect(contents.contains { $0.value.text == "Children and Care Leavers promise 16" })
    }

    @Test func sevenOutcomesWithTheirKeyActions() throws {
        let outcomes = index.topItems.map(\.value)
        #expect(outcomes.count == 7)
        #expect(outcomes.allSatisfy { $0.level == .outcome })
        #expect(outcomes.map(\.number) == [1, 2, 3, 4, 5, 6, 7])
        // Numbered "1." to "7.", never labelled "Outcome 1".
        #expect(outcomes.allSatisfy { $0.label == nil })
        #expect(outcomes.map(\.title) == [
            "Safe, stable and caring places to live and call home",
            "Emotionally, physically and mentally healthy and well",
            "Learning, Developing, Having Fun And Achieving",
            "Trusted relationships and a strong sense of identity and belonging",
            "Making Their Voice Heard And Influencing Decision-Making",
            "Safe and protected at home, online and in the community",
            "Developing Independence",
        ])
        let keyActions = outcomes.map { outcome in
            index.items.filter { $0.value.level == .keyAction && index.parent(of: $0.value.id) == outcome.id }.count
        }
        #expect(keyActions == [4, 5, 5, 4, 3, 3, 3])
        #expect(index.items.count == 7 + 27)
        #expect(try item("learning-developing-achieving").alternateTitles.map(\.text) == ["3. Learning, developing, having fun and achieving"])
    }

    @Test func actionsPerSection() throws {
        func actions(in section: ID<Section>) -> [Action] {
            index.actions.filter { $0.section == section }.map(\.value)
        }
        let o1 = try #require(sections("What more can we do/ what will we do:").first).id
        #expect(actions(in: o1).count == 5)
        #expect(actions(in: o1).allSatisfy { $0.kind == .action })
        let o3 = try #require(sections("What will we do?").first).id
        #expect(actions(in: o3).filter { $0.kind == .action }.count == 10)
        let o5 = try #require(sections("What We Will Do").first).id
        #expect(actions(in: o5).map(\.kind) == [.commitment] + Array(repeating: .action, count: 10))
        let o7 = try #require(sections("What we will do:").first).id
        #expect(actions(in: o7).count == 8)
        // Outcome 6's vision holds four commitments; its success paragraph one more.
        let o6 = try #require(sections("What Will Success Look Like").first).id
        #expect(actions(in: o6).map(\.kind) == [.commitment])
        // Outcome 1's vision: "we will provide" a range of placements; changes "will be planned with children".
        let o1Vision = try #require(sections("VISION").first).id
        #expect(actions(in: o1Vision).map(\.kind) == [.commitment, .commitment])
        // Owners only where printed.
        let owned = index.actions.compactMap(\.value.owner)
        let headOfServicesYJ = "The Head of Services for Children Looked After, Corporate Parenting and Youth Justice Services"
        #expect(owned == [
            "the Chief Executive of the Council, the Lead Member for Children and Families and the Director of Children's Services",
            "The Head of Service", "Children's Social Work Services", "The Head of Service for Children Looked After",
            headOfServicesYJ, headOfServicesYJ,
        ])
        // "meets with both ... three times a year" is in place; "will liaise" is to come.
        #expect(actions(in: "officers").map(\.kind) == [.practice, .commitment])
        #expect(index.actions.allSatisfy { $0.value.due == nil && $0.value.timeline == nil })
    }

    @Test func keyPartners() {
        let partnerSections = index.outline.filter { $0.heading == "Key Partners for this strategic priority are:" }
        let counts = partnerSections.map { node in index.partners.filter { $0.section == node.id }.count }
        #expect(counts == [10, 8, 7, 8])
    }

    @Test func measuresTables() throws {
        // Outcome 1: six statements, fourteen measures; outcome 3: nine statements, seventeen measures and one
        // standard.
        func evidence(under item: ID<Item>) -> [Evidence] {
            index.evidence.filter { $0.item == item }.map(\.value)
        }
        #expect(evidence(under: "safe-stable-caring-places").count == 14)
        let learning = evidence(under: "learning-developing-achieving")
        #expect(learning.filter { $0.kind != .standard }.count == 17)
        #expect(learning.filter { $0.kind == .standard }.count == 1)
        // Outcome 7: eight national figures in six context metrics, and eleven pieces of evidence in its table.
        let independence = evidence(under: "developing-independence")
        #expect(independence.filter { $0.purpose == .context }.count == 6)
        #expect(independence.filter { $0.purpose == .monitor }.count == 11)
        // Only the two placement stability measures are DfE's.
        #expect(index.evidence.compactMap(\.value.standardMeasure) == ["placement-stability-short-term", "placement-stability-long-term"])
        // Targets with a value: 100% five times.
        let valued = index.evidence.compactMap { $0.value.target?.value }
        #expect(valued == [100, 100, 100, 100, 100])
        let directions = index.evidence.compactMap { $0.value.target?.direction }
        #expect(directions == [.decrease, .decrease, .increase, .increase, .increase, .increase, .decrease, .decrease, .increase])
        // A baseline year with no value printed.
        let baseline = try #require(try self.evidence("service-provision-monitoring").baseline)
        #expect(baseline.period == "2021")
        #expect(baseline.value == nil)
        // Collection frequencies of outcome 5's measures, as printed.
        #expect(try self.evidence("promise-explained").frequency == "quarterly")
        #expect(try self.evidence("staff-confidence-voice").frequency == "annually")
        // Survey statements are statements, not metrics.
        #expect(try self.evidence("told-stronger-relationships").kind == .statement)
        #expect(try self.evidence("mosaic-care-leavers-children").kind == .deliverable)
    }

    @Test func nationalFigures() throws {
        let figures = index.evidence.filter { $0.value.purpose == .context }.flatMap(\.value.figures)
        #expect(figures.map(\.value) == [14, 55, 6, 38, 25, 46, 4, 25])
        // "Nationally" is read as England.
        #expect(figures.allSatisfy { $0.scope == .england })
        // "in 2015" dates only the four figures of its sentence.
        #expect(figures.map(\.period) == ["2015", "2015", "2015", "2015", nil, nil, nil, nil])
        #expect(figures.map(\.group) == [
            "care leavers", "the population", "care leavers", "the population", "homeless people", "care leavers",
            "Care Leavers", "prisoners",
        ])
        #expect(figures.map(\.kind) == [.share, .share, .share, .share, .share, .share, nil, .share])
        #expect(figures[6].unit == .times)
        // The only figures in the pack.
        #expect(index.evidence.filter { $0.value.purpose == .monitor }.allSatisfy { $0.value.figures.isEmpty })
    }

    @Test func mappingsAndTheirBasis() throws {
        for outcome in index.topItems.map(\.value) {
            #expect(outcome.mappings.contains { !$0.principles.isEmpty }, "\(outcome.id) has no principle")
            #expect(outcome.mappings.contains { !$0.domains.isEmpty }, "\(outcome.id) has no domain")
        }
        // The only stated mapping: the education duty "will align to three priority corporate parenting principles".
        let stated = index.items.flatMap(\.value.mappings).filter { $0.basis == .stated }
        #expect(stated.map(\.principles) == [[5, 6, 7]])
        #expect(try item("learning-developing-achieving").mappings.map(\.basis) == [.stated, .judged])
        #expect(try item("voice-heard-influencing-decisions").mappings.first?.principles == [2, 3])
        // The seven local principles are the outcomes reworded; their mappings are judgements.
        let principles = index.localPrinciples.map(\.value)
        #expect(principles.count == 7)
        #expect(principles.first?.name == "Safe, stable and caring places to live and call home")
        #expect(principles.allSatisfy { $0.mappings.allSatisfy { $0.basis == .judged } })
        let allMappings = index.bodies.flatMap(\.value.mappings) + index.coproductions.flatMap(\.value.mappings)
            + index.actions.flatMap(\.value.mappings)
        #expect(allMappings.allSatisfy { $0.basis == .judged })
    }

    @Test func board() throws {
        let board = try body("corporate-parenting-board")
        #expect(board.kind == .board)
        #expect(board.status == .inPlace)
        // No chair is named, no meeting frequency printed.
        #expect(!board.roles.contains { $0.title == .chair })
        #expect(board.meets == nil)
        #expect(board.members == [
            "elected members",
            "key service leaders and service providers including council officers and representatives from wider public services",
        ])
        // "led by": leads, not chairs; the later wording is to come.
        let leads = board.roles.filter { $0.title == .lead }
        #expect(leads.map(\.holder) == ["senior officers from the relevant service area", "a council officer or equivalent manager within a relevant partner"])
        #expect(leads.map(\.status) == [.inPlace, .planned])
        #expect(leads.first?.wording?.hasSuffix("reported back to the Corporate Parenting Board in turn in a yearly cycle.") == true)
        // Young people "will ... join the board": planned, not in place.
        let youth = try #require(board.roles.first { $0.title == .member })
        #expect(youth.holder == "Corporate Parenting Board youth representatives")
        #expect(youth.status == .planned)
        // "is able to refer matters for ..." then "Need to clarify local governance arrangement".
        #expect(board.reportsTo.count == 1)
        #expect(board.reportsTo.first?.name == "Children's Services Scrutiny Board")
        #expect(board.reportsTo.first?.status == .unresolved)
        #expect(board.serves.count == 7)
    }

    @Test func otherBodies() throws {
        #expect(index.bodies.count == 7)
        let group = try body("corporate-parenting-operational-group")
        #expect(group.status == .inPlace)
        #expect(group.reportsTo.map(\.body) == ["corporate-parenting-board"])
        #expect(group.reportsTo.map(\.status) == [.inPlace])
        let champions = try body("priority-champions")
        #expect(champions.status == .planned)
        #expect(champions.partOf == "corporate-parenting-board")
        #expect(champions.roles.map(\.title) == [.champion])
        let homes = try body("childrens-residential-homes")
        #expect(homes.roles.map(\.title) == [.linkMember, .responsibleIndividual, .support])
        #expect(homes.roles.map(\.status) == [.inPlace, .inPlace, .planned])
        // Two youth councils ("both"), with no ages or meetings of their own printed.
        let councils = index.bodies.filter { $0.value.kind == .youthGroup }.map(\.value)
        #expect(councils.map(\.name) == ["Have a Voice Council", "Care Leavers Council"])
        #expect(councils.allSatisfy { $0.ages == nil && $0.meets == nil })
        #expect(try body("cla-health-and-safeguarding-subgroup").serves == ["healthy-and-well"])
    }

    @Test func expectationsOfCorporateParents() {
        let sets = index.expectations.map(\.value)
        #expect(sets.map(\.title) == [
            "Effective Corporate Parents:", "Universal Responsibility (Level 1)", "Targeted Responsibility (Level 2)",
            "Specialist Responsibility (Level 3)", "Officers",
        ])
        #expect(sets.map(\.items.count) == [8, 9, 8, 7, 6])
        #expect(sets[1].audience == "All councillors")
    }

    @Test func strategyWideContent() {
        #expect(index.definitions.map(\.value.term) == ["Corporate parenting", "Corporate Parenting", "Corporate Parenting", "Good parenting", "SDQ"])
        #expect(index.scopes.count == 3)
        #expect(index.scopes.allSatisfy { $0.value.ages == nil && $0.value.figures.isEmpty })
        #expect(index.citations.count == 12)
        #expect(index.citations.filter { $0.value.kind == .research }.count == 3)
        // Who is printed; how and how many are not.
        #expect(index.coproductions.count == 2)
        #expect(index.coproductions.allSatisfy { $0.value.count == nil && $0.value.how == nil })
        #expect(index.narratives.filter { $0.value.kind == .mechanism }.count == 5)
        // The national policy with its date (seed line 449).
        #expect(index.citations.contains { $0.value.kind == .nationalPolicy && $0.value.text == "In February 2018, PA support for Care Leavers was extended from 21 to 25." })
    }

    @Test func inconsistencies() {
        #expect(pack.inconsistencies.map(\.topic) == ["How many priorities the strategy sets", "The Head of Service's title"])
        #expect(pack.inconsistencies.map(\.excerpts.count) == [3, 2])
        // Every excerpt names a section of the pack.
        for excerpt in pack.inconsistencies.flatMap(\.excerpts) {
            #expect(index.node(excerpt.section) != nil, "\(excerpt.section)")
        }
    }
}
