import Testing
import CorporateParenting
import LancashireAuthority

/// Lancashire County Council, Corporate Parenting Strategy 2022 – 2026: the pack against its document
/// (`docs/audits/lancashire.md`).
@Suite struct LancashireTests {
    let pack = Lancashire.pack
    let index = PackIndex(Lancashire.pack)

    private func item(_ id: ID<Item>) throws -> Item {
        try #require(index.items.first { $0.value.id == id }).value
    }

    private func body(_ id: ID<Body>) throws -> Body {
        try #require(index.bodies.first { $0.value.id == id }).value
    }

    private func metric(_ id: ID<Evidence>) throws -> Evidence {
        try #require(index.evidence.first { $0.value.id == id }).value
    }

    private func under(_ placed: Placed<some Sendable>) -> [String] {
        index.headings(of: placed.section)
    }

    @Test func matchesItsDocument() throws {
        try DocumentChecks.check(pack, repairs: Self.repairs)
    }

    /// Extraction split one Appendix 3 bullet after "However since" and put a bullet mark before "2016".
    static let repairs: [(damaged: String, printed: String)] = [
        (damaged: "However since\n- 2016 the number", printed: "However since 2016 the number"),
    ]

    @Test func outlineIsTheDocumentsHeadingsInOrder() {
        #expect(index.outline.map(\.heading) == [
            "Corporate Parenting Strategy",
            "Introduction",
            "Contents",
            "1. What is Corporate Parenting?",
            "2. Who are we looking after?",
            "3. Why do we need a strategy?",
            "1) Achieving Permanence",
            "2) Improving sufficiency to provide the right home at the right place",
            "3) Improving social, physical, emotional and mental health support and outcomes",
            "4) Improving education, employment and training opportunities and outcomes",
            "4. What are we going to do?",
            "Objective 1",
            "Objective 2",
            "Objective 3",
            "Objective 4",
            "Objective 5",
            "Objective 6",
            "Objective 7",
            "Objective 8",
            "5. How will we know we have made a difference?",
            "What will young people say?",
            "What will partners say?",
            "What will Corporate parents say?",
            "Corporate Parenting Appendices",
            "Appendix 1 Top Tips to Good Corporate Parenting What our Children and Young People say",
            "01 Know My Story",
            "02 Where I Live",
            "03 Family Time and Staying Connected",
            "04 Purpose",
            "05 Assess and Plan",
            "06 Ambition",
            "07 My voice and my 'lived experience'",
            "08 Visit",
            "09 Include Others",
            "10 Know your Resources, Support and Community",
            "11 Child/Adolescent Development",
            "12 Identity and Diversity",
            "Appendix 2 How we will know we have made a difference",
            "Appendix 3 Education Attainment",
            "Key Stage 1 (end of year 2: 7 years old) and Key Stage 2 (end of year 6: age 11-year-old)",
            "Key Stage 4: Year 11 leavers 2019-20 GCSE",
            "Key Stage: Year 12 and 13 (16+ to 18 years old) 2019- 2020",
            "Appendix 4 Legislation",
            "Appendix 5 The role of Elected Members/District Councils/Partners",
            "Acronyms",
        ])
        // Sections 1-5, the divider, the five appendices and Acronyms are top-level parts, as the contents page
        // lists them.
        #expect(index.outline.filter { $0.level == 1 }.count == 15)
        #expect(index.outline.filter { $0.level == 3 }.isEmpty)
        #expect(index.outline.allSatisfy { $0.line != nil })
    }

    @Test func identityAndDocument() {
        #expect(pack.schemaVersion == 2)
        #expect(pack.id == "lancashire")
        #expect(pack.name == "Lancashire County Council")
        #expect(pack.codes == AuthorityCodes(ons: "E10000017", dfe: "888"))
        #expect(pack.region == "North West")
        #expect(pack.document.title == "Corporate Parenting Strategy")
        #expect(pack.document.period == .years(2022, 2026))
        // No review date, approval, status or edition is printed.
        #expect(pack.document.reviewDate == nil)
        #expect(pack.document.approved == nil)
        #expect(pack.document.status == nil)
        #expect(pack.document.subtitle == nil)
        #expect(pack.document.capture == .whole)
    }

    @Test func whatIsNotCapturedSaysSo() throws {
        let infographic = try #require(index.outline.first { $0.heading == "2. Who are we looking after?" })
        #expect(infographic.capture == .partial)
        let corporateParents = try #require(index.outline.first { $0.heading == "What will Corporate parents say?" })
        #expect(corporateParents.capture == CaptureExtent.none)
        #expect(index.narratives.filter { under($0).last == "2. Who are we looking after?" }.map(\.value.text) == [
            "LIVING AT HOME", "LIVING WITH AN ADOPTIVE FAMILY", "IN RESIDENTIAL",
        ])
        // Every other section is held whole.
        #expect(index.outline.filter { $0.capture != .whole }.count == 2)
    }

    @Test func contentsPageEntriesAsPrinted() {
        let entries = index.narratives.filter { under($0) == ["Contents"] }.map(\.value.text)
        #expect(entries.count == 11)
        #expect(entries.first == "1. What is Corporate Parenting? 1")
        #expect(entries[5] == "Appendix 1 - Top Tips to Good Corporate Parenting 13")
        // "Acronyms" has no page number.
        #expect(entries.last == "Acronyms")
    }

    @Test func fourAreasOfPriority() throws {
        let priorities = index.items.filter { $0.value.level == .priority }
        #expect(priorities.map(\.value.title) == [
            "Achieving Permanence",
            "Improving sufficiency to provide the right home at the right place",
            "Improving social, physical, emotional and mental health support and outcomes",
            "Improving education, employment and training opportunities and outcomes",
        ])
        #expect(priorities.map(\.value.number) == [1, 2, 3, 4])
        #expect(priorities.map(\.value.label) == ["1)", "2)", "3)", "4)"])
        #expect(priorities.allSatisfy { under($0).first == "3. Why do we need a strategy?" && under($0).count == 2 })
        // One aim each, except priority 3, whose second sentence is a commitment ("We are committed to ensuring").
        #expect(priorities.map { $0.value.content.filter { if case .narrative(let n) = $0 { n.kind == .aim } else { false } }.count }
            == [1, 1, 0, 1])
        let health = try item("health-support")
        #expect(health.content.count == 2)
    }

    @Test func eightKeyObjectivesUnderNoNamedPriority() throws {
        let objectives = index.items.filter { $0.value.level == .objective }
        #expect(objectives.count == 8)
        #expect(objectives.map(\.value.number) == Array(1...8).map { Optional($0) })
        #expect(objectives.map(\.value.label) == (1...8).map { Optional("Objective \($0)") })
        #expect(objectives.first?.value.title == "Children and young people have a voice in the way we deliver our services.")
        #expect(objectives[5].value.title == "Children and young people are protected from harm and risk of exploitation.")
        #expect(objectives.last?.value.title == "Having big dreams and goals, supporting our children and young people to achieve their dreams and goals, and celebrate all their successes")
        // "under our 4 priorities", but which objective sits under which is not stated.
        #expect(objectives.allSatisfy { $0.item == nil && index.parent(of: $0.value.id) == nil })
        #expect(objectives.map { under($0) } == (1...8).map { ["4. What are we going to do?", "Objective \($0)"] })
        // The quoted statements are aims (Objective 1's motto is voice); Objective 7 adds "we are keen to ensure".
        #expect(objectives.map { $0.value.content.filter { if case .narrative(let n) = $0 { n.kind == .aim } else { false } }.count }
            == [1, 2, 1, 2, 1, 1, 2, 1])
        let voice = try item("voice")
        #expect(voice.content.contains(.narrative(Narrative(.voice, "'Nothing about me without me'."))))
    }

    @Test func everyPriorityAndObjectiveIsMappedByJudgement() {
        for placed in index.topItems {
            let mappings = placed.value.mappings
            #expect(mappings.contains { !$0.principles.isEmpty }, "\(placed.value.id) principles")
            #expect(mappings.contains { !$0.domains.isEmpty }, "\(placed.value.id) domains")
            // The document maps no priority or objective to a principle.
            #expect(mappings.allSatisfy { $0.basis == .judged && $0.note != nil }, "\(placed.value.id) basis")
            #expect(mappings.flatMap(\.principles).allSatisfy { (1...7).contains($0.rawValue) })
        }
        #expect(index.topItems.count == 12)
    }

    @Test func theOnlyStatedMappingIsEverythingToTheSevenPrinciples() throws {
        let stated = index.actions.filter { $0.value.mappings.contains { $0.basis == .stated } }
        #expect(stated.count == 1)
        let strive = try #require(stated.first)
        #expect(strive.value.text == "We will strive to ensure everything we do is underpinned by the 7 corporate parenting principles:")
        #expect(strive.value.mappings.first?.principles == [1, 2, 3, 4, 5, 6, 7])
        #expect(under(strive) == ["1. What is Corporate Parenting?"])
        // The seven principles are quoted in full, in order.
        let quoted = index.narratives.filter { under($0) == ["1. What is Corporate Parenting?"] && $0.value.kind == .context }
        #expect(quoted.dropFirst().map { $0.value.text.prefix(2) } == ["1 ", "2 ", "3 ", "4 ", "5 ", "6 ", "7 "])
        #expect(index.coproductions.allSatisfy { $0.value.mappings.allSatisfy { $0.basis == .judged } })
        #expect(index.bodies.flatMap(\.value.mappings).allSatisfy { $0.basis == .judged })
    }

    @Test func actionsAsTheDocumentFramesThem() {
        let kinds = index.actions.map(\.value.kind)
        #expect(kinds.filter { $0 == .commitment }.count == 9)
        #expect(kinds.filter { $0 == .action }.count == 6)
        #expect(kinds.allSatisfy { [.commitment, .action].contains($0) })
        // No owner, timeline, due date or expected outcome is printed for any of them.
        #expect(index.actions.allSatisfy {
            $0.value.owner == nil && $0.value.timeline == nil && $0.value.due == nil && $0.value.expectedOutcome == nil
        })
        // Statuses only where the text gives one.
        let steps = index.actions.filter { $0.value.kind == .action }
        #expect(steps.map { $0.value.status?.state } == [.inProgress, .complete, .inProgress, .inProgress, .inProgress, .inProgress])
        #expect(steps.map { $0.value.status?.wording } == [
            "are working with our partners", "During the pandemic, we provided", "we are developing", "We are improving",
            "planning for the next PROUD Awards have resumed", "we are developing",
        ])
        #expect(index.actions.filter { $0.value.kind == .commitment }.allSatisfy { $0.value.status == nil })
        // Actions per objective: Objective 3 and 5 describe what is done, and commit to nothing new.
        let perObjective = index.items.filter { $0.value.level == .objective }.map { objective in
            index.actions.filter { $0.item == objective.value.id }.count
        }
        #expect(perObjective == [1, 3, 0, 1, 0, 1, 2, 2])
    }

    @Test func boardChairedAsTheSignatureBlockSays() throws {
        let board = try body("corporate-parenting-board")
        #expect(board.kind == .board)
        #expect(board.name == "Corporate Parenting Board")
        #expect(board.status == .inPlace)
        #expect(board.roles == [.chair("Cllr Stephen Clarke", wording: "Chair of Corporate Parenting Board")])
        // Members, meetings, reporting line, co-chair and young people's membership are not printed.
        #expect(board.members.isEmpty && board.meets == nil && board.reportsTo.isEmpty && board.themes.isEmpty)
        #expect(!board.roles.contains { $0.title == .coChair || $0.title == .member })
        #expect(board.remit.count == 1)
        let indicators = board.content.compactMap { if case .evidence(let e) = $0 { e } else { nil } }
        #expect(indicators.map(\.id) == ["board-kpis"])
        #expect(indicators.allSatisfy { $0.purpose == .monitor && $0.figures.isEmpty && $0.target == nil })
        let signatory = try #require(index.signatories.last)
        #expect(signatory.value.role == "Chair of Corporate Parenting Board")
        #expect(under(signatory) == ["Introduction"])
    }

    @Test func youngPeoplesGroupsWithoutAgesOrMeetings() throws {
        let youth = index.bodies.filter { $0.value.kind == .youthGroup }
        #expect(youth.map(\.value.id) == ["children-in-care-council", "linx", "powar", "care-leavers-forum"])
        #expect(youth.allSatisfy { $0.value.ages == nil && $0.value.meets == nil && $0.value.status == .inPlace })
        let council = try body("children-in-care-council")
        #expect(council.content.count == 2)
        #expect(youth.filter { $0.body == "children-in-care-council" }.map(\.value.partOf) == ["children-in-care-council", "children-in-care-council"])
        #expect(youth.allSatisfy { $0.item == "voice" })
        #expect(try body("care-leavers-forum").mappings.first?.principles == [2, 3])
    }

    @Test func panelsAndMeetingsWithTheirFrequencyAsPrinted() throws {
        let missing = try body("missing-from-home-panels")
        #expect(missing.meets == .stated("Monthly", perYear: 12))
        #expect(try body("macse-meetings").meets == .stated("monthly", perYear: 12))
        #expect(try body("missing-education-panels").meets == nil)
        // "periodically" fixes no count.
        #expect(try body("pact-meetings").meets == .stated("periodically", perYear: nil))
        #expect(try body("dqp-meetings").meets == .stated("periodically", perYear: nil))
        // No chair is printed for any body but the board.
        #expect(index.bodies.filter { $0.value.id != "corporate-parenting-board" }.allSatisfy { $0.value.roles.isEmpty })
        #expect(index.bodies.count == 11)
        // The one service with ages printed.
        #expect(try body("employment-and-support-team").ages == .between(14, 25))
    }

    @Test func moreThan3000WithNoDate() throws {
        let scope = try #require(index.scopes.first)
        #expect(under(scope) == ["Introduction"])
        let figure = try #require(scope.value.figures.first)
        #expect(figure.value == 3000 && figure.qualifier == "more than" && figure.kind == .count)
        #expect(figure.scope == .authority && figure.period == nil)
        #expect(index.scopes.count == 2)
        #expect(index.scopes[1].value.groups == ["children and young people in our care", "our care leavers"])
    }

    @Test func whatYoungPeopleAndPartnersWillSay() {
        let statements = index.evidence.filter { $0.value.kind == .statement }
        #expect(statements.filter { under($0).last == "What will young people say?" }.map(\.value.text) == [
            "I feel good about my future", "I feel proud of my achievements", "I feel supported and cared for",
            "I feel able to share my views and feelings",
        ])
        #expect(statements.filter { under($0).last == "What will partners say?" }.count == 2)
        #expect(statements.count == 6)
        #expect(statements.allSatisfy { $0.value.figures.isEmpty && $0.value.target == nil && $0.value.baseline == nil })
    }

    @Test func attainmentFiguresAsPrinted() throws {
        let depth = try metric("ks2-writing-greater-depth")
        #expect(depth.figures.map(\.value) == [9, 6])
        #expect(depth.figures.map(\.scope) == [.authority, .england])
        #expect(depth.figures.allSatisfy { $0.kind == .share && $0.period == nil })
        // The national average's group is not printed.
        #expect(depth.figures[1].group == nil)
        let attainment8 = try metric("attainment-8-change")
        #expect(attainment8.figures == [Figure(3.9, .points, kind: .change, group: "Year 11 leavers", period: "2019-20")])
        #expect(try metric("english-maths-grade-4-change").figures.map(\.kind) == [.change])
        #expect(try metric("english-maths-grade-5-change").figures.map(\.value) == [1.7])
        #expect(try metric("year-13-qualifications").figures.map(\.period) == ["2019- 2020"])
        let higher = try metric("higher-education")
        // "since 2016" stays in the quoted text: the 32 is the 2016 starting point, not a recent figure.
        #expect(higher.text == "However since 2016 the number of our young people has increased from 32 to 62.")
        #expect(higher.figures.map(\.value) == [32, 62])
        #expect(higher.figures.map(\.period) == ["2016", nil])
        #expect(try metric("graduates").figures.map(\.period) == ["2020"])
    }

    @Test func eetFiguresWithTheCutOffDateLeftCut() throws {
        let young = try metric("eet-17-18")
        #expect(young.figures.map(\.value) == [79.3, 82.2])
        #expect(young.figures.map(\.period) == ["Oct 2020", "January 2022"])
        #expect(young.standardMeasure == nil)
        let leavers = try metric("care-leavers-eet-18-20")
        #expect(leavers.figures.map(\.value) == [45, 50])
        #expect(leavers.figures.map(\.period) == ["Oct 2019", nil])
        #expect(leavers.cutOff == true)
        #expect(leavers.standardMeasure == nil)
    }

    @Test func everyMetricIsContextButTheIndicators() throws {
        let metrics = index.evidence.filter { $0.value.kind == .metric }
        #expect(metrics.filter { $0.value.purpose == .monitor }.map(\.value.id) == ["objectives-kpis", "board-kpis"])
        #expect(metrics.filter { under($0).first == "Appendix 3 Education Attainment" }.allSatisfy { $0.value.purpose == .context })
        #expect(index.evidence.allSatisfy { $0.value.target == nil && $0.value.baseline == nil && $0.value.standardMeasure == nil })
        let proud = try metric("proud-attendance")
        #expect(proud.figures == [Figure(60, .count, kind: .count, group: "young people and their guests", qualifier: "Approximately")])
        #expect(proud.purpose == .context)
    }

    @Test func fourSignatories() {
        #expect(index.signatories.map(\.value.name) == [
            "Angie Ridgwell", "Cllr Philippa Williamson", "Cllr Cosima Towneley", "Cllr Stephen Clarke",
        ])
        #expect(index.signatories.map(\.value.role) == [
            "Chief Executive of Lancashire County Council", "Leader of the County Council",
            "Cabinet Member for Children and Families", "Chair of Corporate Parenting Board",
        ])
    }

    @Test func fourQuotationsOnTheTitlePage() {
        let voices = index.narratives.filter { $0.value.kind == .voice && under($0) == ["Corporate Parenting Strategy"] }
        #expect(voices.count == 4)
        #expect(voices.allSatisfy { !$0.value.text.hasPrefix("“") && !$0.value.text.hasSuffix("”") })
        #expect(voices.last?.value.text == "We want our voices to be heard and what we ask for and discuss to be acted upon.")
    }

    @Test func coproductionWithoutCounts() {
        #expect(index.coproductions.map { under($0) } == [
            ["Corporate Parenting Strategy"], ["Introduction"], ["1. What is Corporate Parenting?"], ["4. What are we going to do?"],
        ])
        #expect(index.coproductions.allSatisfy { $0.value.count == nil })
        #expect(index.coproductions.first?.value.who == "LINX and the Care Leavers Forum")
    }

    @Test func appendixFourAndOtherCitations() {
        let appendix = index.citations.filter { under($0) == ["Appendix 4 Legislation"] }
        #expect(appendix.count == 13)
        #expect(appendix.filter { $0.value.kind == .legislation }.map(\.value.title) == [
            "The Children and Social Work Act 2017", "The Children Act 1989",
        ])
        #expect(appendix.last?.value.kind == .localPlan)
        #expect(index.citations.allSatisfy { !$0.value.title.contains("**") })
        #expect(index.citations.contains { $0.value.kind == .guidance && $0.value.title == "Applying Corporate Parenting Principles 2018" })
        // The pledge and the promise are named only.
        #expect(index.citations.filter { ["Corporate Parents Promise", "Care Leavers Pledge"].contains($0.value.title) }
            .allSatisfy { $0.value.text == nil })
        #expect(index.items.allSatisfy { $0.value.level != .pledge })
    }

    @Test func expectationsOfCorporateParents() {
        let tips = index.expectations.filter { under($0).first == "Appendix 1 Top Tips to Good Corporate Parenting What our Children and Young People say" }
        #expect(tips.count == 12)
        #expect(tips.allSatisfy { $0.value.items.count == 1 && under($0).last?.hasSuffix($0.value.title) == true })
        #expect(tips.first?.value.title == "Know My Story")
        let roles = index.expectations.filter { under($0) == ["Appendix 5 The role of Elected Members/District Councils/Partners"] }
        #expect(roles.count == 1)
        #expect(roles.first?.value.items.count == 10)
        #expect(roles.first?.value.audience == "Elected Members/District Councils/Partners")
    }

    @Test func definitionsAndGlossary() throws {
        let glossary = index.definitions.filter { under($0) == ["Acronyms"] }
        #expect(glossary.count == 24)
        let careLeavers = try #require(glossary.first)
        #expect(careLeavers.value.term == "Care leavers")
        #expect(careLeavers.value.text.hasSuffix("1. Eligible 2. Relevant 3. Former relevant 4. Qualifying"))
        #expect(glossary.dropFirst().map(\.value.term).count == 23)
        #expect(glossary.contains { $0.value.term == "LINX" && $0.value.text == "Children in Care Council" })
        #expect(index.definitions.count == 27)
    }

    @Test func partnersAsNamed() {
        #expect(index.partners.map(\.value.name) == [
            "District Councils", "Department for Levelling Up, Housing and Communities", "Child and Youth Justice Service",
            "Lancashire Constabulary", "Crown Prosecution Service", "education providers",
            "the department for work and pension",
        ])
    }

    @Test func noContradictionsRecorded() {
        // Different grain (attainment) and different detail (Children in Care Council) are not contradictions.
        #expect(pack.inconsistencies.isEmpty)
    }

    @Test func idsAreUnique() {
        let items = index.items.map(\.value.id.rawValue)
        let bodies = index.bodies.map(\.value.id.rawValue)
        let evidence = index.evidence.compactMap(\.value.id?.rawValue)
        let sections = index.outline.map(\.id.rawValue)
        for ids in [items, bodies, evidence, sections] {
            #expect(Set(ids).count == ids.count)
            #expect(ids.allSatisfy { $0 == $0.lowercased() && !$0.contains(" ") && !$0.isEmpty })
        }
    }
}
