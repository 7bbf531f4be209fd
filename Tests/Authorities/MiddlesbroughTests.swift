import Testing
import CorporateParenting
import MiddlesbroughAuthority

/// Facts of Middlesbrough's Corporate Parenting Strategy 2018 - 2021, as read in the document
/// (`docs/audits/middlesbrough.md`). Counts and wordings are typed from the document, not from the pack.
@Suite struct MiddlesbroughTests {
    let pack = Middlesbrough.pack
    let index = PackIndex(Middlesbrough.pack)

    @Test func matchesItsDocument() throws {
        try DocumentChecks.check(pack)
    }

    @Test func identityAndDocument() {
        #expect(pack.id == "middlesbrough")
        #expect(pack.name == "Middlesbrough Council")
        #expect(pack.codes.ons == "E06000002")
        #expect(pack.codes.dfe == "806")
        #expect(pack.region == "North East")
        #expect(pack.document.title == "Corporate Parenting Strategy")
        #expect(pack.document.period == .years(2018, 2021))
        // "DRAFT" is a page mark; no approval, publication or review date is printed.
        #expect(pack.document.status == "DRAFT")
        #expect(pack.document.reviewDate == nil)
        #expect(pack.document.approved == nil)
        #expect(pack.document.capture == .whole)
        #expect(pack.document.captureNote?.contains("Pledge") == true)
    }

    @Test func outlineIsTheDocumentsHeadingsInOrder() {
        let priorityLists = ["What we need to improve", "What we will do:", "What this means in practice"]
        let priorities = [
            "Priority 1: Our Children and Young People are Respected and Involved",
            "Priority 2: Our Placements are Safe and Meet the Needs of Our Children and Young People",
            "Priority 3: Positive Relationships and Identity",
            "Priority 4: Our Children and Young People will be supported to improve their Physical, Emotional Health and Wellbeing",
            "Priority 5: Our Children and Young People are encouraged to reach their educational potential",
            "Priority 6: Our Young People Moving Into Adulthood Will Be Supported to Achieve Their Full Potential in Life",
            "Priority 7: Improve the role of the Corporate Parent",
        ]
        let expected: [String] = [
            "Corporate Parenting Strategy",
            "Contents:",
            "Middlesbrough's Vision for Looked after Children and Young People",
            "Introduction:",
            "Vision and Principles",
            "Principles",
            "Section 1",
            "Our Priorities For Looked After Children and Care Leavers",
            "Looked After Children: The National Picture",
            "Placements during the Year",
            "Looked after Children in Middlesbrough",
            "Age profile of Looked After Children as at 31st March 2018",
            "Children becoming Looked After",
            "Children looked after at any point in year - excluding those who receive a series of short term breaks",
            "Age Profile of Children in Care at 31/03/2016",
            "Age profile of looked after children at year end",
            "What we are doing to ensure that children and young people have a voice and influence in Middlesbrough.",
            "How Corporate Parenting Works in Middlesbrough",
            "Section 2",
            "Achieving the Priorities",
        ] + priorities.flatMap { [$0] + priorityLists } + [
            "Appendices",
            "1. Pledge to Children and Young People who are looked after",
            "2. Charter for Care Leavers:",
            "We Promise To;",
            "To will listen to you by;",
            "We will inform you by:",
            "We will support you by:",
            "To find you a home we will:",
            "We will be a life-long companion by:",
            "3. Statutory and Legal Context to Corporate Parenting",
            "4. Corporate Parenting Training for Elected Members",
        ]
        #expect(expected.count == 59)
        #expect(index.outline.map(\.heading) == expected)
        // Six level-1 parts; the priorities at level 3 under Section 2 › Achieving the Priorities, their lists at 4.
        #expect(index.outline.filter { $0.level == 1 }.map(\.heading) == [
            "Corporate Parenting Strategy", "Contents:",
            "Middlesbrough's Vision for Looked after Children and Young People", "Section 1", "Section 2", "Appendices",
        ])
        #expect(index.outline.filter { $0.heading.hasPrefix("Priority ") }.allSatisfy { $0.level == 3 })
        #expect(index.outline.filter { priorityLists.contains($0.heading) }.allSatisfy { $0.level == 4 })
        #expect(index.outline.allSatisfy { $0.line != nil })
        #expect(Set(index.outline.map(\.id)).count == index.outline.count)
    }

    @Test func sectionsWhoseChartsOrLogosAreLostAreCapturedInPart() {
        #expect(index.outline.filter { $0.capture != .whole }.map(\.heading) == [
            "Corporate Parenting Strategy",
            "Age profile of Looked After Children as at 31st March 2018",
            "Children looked after at any point in year - excluding those who receive a series of short term breaks",
        ])
        #expect(index.outline.allSatisfy { $0.capture != CaptureExtent.none })
    }

    // MARK: Priorities

    var priorities: [Item] { index.items.map(\.value).filter { $0.level == .priority } }

    @Test func sevenPrioritiesNumberedAndLabelled() {
        // "We have identified seven key priorities which are at the heart of this strategy".
        #expect(priorities.count == 7)
        #expect(index.items.count == 7)
        #expect(priorities.map(\.number) == [1, 2, 3, 4, 5, 6, 7])
        #expect(priorities.map(\.label) == (1...7).map { "Priority \($0)" })
        #expect(priorities.map(\.title) == [
            "Our Children and Young People are Respected and Involved",
            "Our Placements are Safe and Meet the Needs of Our Children and Young People",
            "Positive Relationships and Identity",
            "Our Children and Young People will be supported to improve their Physical, Emotional Health and Wellbeing",
            "Our Children and Young People are encouraged to reach their educational potential",
            "Our Young People Moving Into Adulthood Will Be Supported to Achieve Their Full Potential in Life",
            "Improve the role of the Corporate Parent",
        ])
        #expect(index.items.allSatisfy { index.headings(of: $0.section).prefix(2) == ["Section 2", "Achieving the Priorities"] })
    }

    @Test func alternateTitlesFromSectionOneAndTheContents() {
        // Every priority is worded again in Section 1; the contents word 4, 5 and 6 differently from the body.
        #expect(priorities.allSatisfy { $0.alternateTitles.contains { $0.section == "our-priorities" } })
        #expect(priorities.map { $0.alternateTitles.filter { $0.section == "contents" }.count } == [0, 0, 0, 1, 1, 1, 0])
        #expect(priorities[0].alternateTitles.first?.text == "Our children and young people are respected and involved in decision making")
        #expect(priorities[4].alternateTitles.first?.text == "Our Children and Young People are encouraged to reach their Educational Employment and Training Potential")
        #expect(priorities[6].alternateTitles.last?.text.hasSuffix("to achieve best outcomes.") == true)
    }

    @Test func everyPriorityIsMappedAndEveryMappingIsJudged() {
        let known = Set(OutcomeFramework.standard.domains.map(\.id))
        for priority in priorities {
            #expect(priority.mappings.contains { !$0.principles.isEmpty }, "\(priority.id) has no principle")
            #expect(priority.mappings.contains { !$0.domains.isEmpty }, "\(priority.id) has no domain")
            #expect(priority.mappings.allSatisfy { $0.domains.allSatisfy(known.contains) })
            #expect(priority.mappings.allSatisfy { $0.note?.isEmpty == false })
        }
        // The document never names the statutory principles or a domain: nothing is stated.
        let all = priorities.flatMap(\.mappings)
            + index.localPrinciples.flatMap(\.value.mappings)
            + index.bodies.flatMap(\.value.mappings)
            + index.coproductions.flatMap(\.value.mappings)
            + index.actions.flatMap(\.value.mappings)
        #expect(!all.isEmpty)
        #expect(all.allSatisfy { $0.basis == .judged })
        #expect(priorities[0].mappings[0].domains == [.voice])
        #expect(priorities[3].mappings[0].domains == [.health])
        #expect(priorities[4].mappings[0].domains == [.education])
        #expect(priorities[5].mappings[0].principles.contains(7))
    }

    /// The entries of a priority's list, by kind.
    func list(_ priority: Int, _ heading: String) -> [String: Int] {
        let item = priorities[priority - 1].id
        var kinds: [String: Int] = [:]
        func count(_ key: String, _ section: ID<Section>, _ at: ID<Item>?) {
            if at == item, index.node(section)?.heading == heading { kinds[key, default: 0] += 1 }
        }
        for action in index.actions { count(action.value.kind.rawValue, action.section, action.item) }
        for narrative in index.narratives { count(narrative.value.kind.rawValue, narrative.section, narrative.item) }
        return kinds
    }

    @Test func theThreeListsOfEachPriority() {
        let improve = "What we need to improve", willDo = "What we will do:", practice = "What this means in practice"
        #expect(list(1, improve) == ["improvement": 9, "provision": 1])
        #expect(list(1, willDo) == ["commitment": 7])
        #expect(list(1, practice) == ["practice": 6])
        #expect(list(2, improve) == ["improvement": 3, "action": 1])
        #expect(list(2, willDo) == ["commitment": 13])
        #expect(list(2, practice) == ["practice": 8, "commitment": 1, "action": 1])
        #expect(list(3, improve) == ["improvement": 6])
        #expect(list(3, willDo) == ["commitment": 6])
        #expect(list(3, practice) == ["practice": 10, "offer": 1])
        #expect(list(4, improve) == ["improvement": 7])
        #expect(list(4, willDo) == ["commitment": 7])
        #expect(list(4, practice) == ["practice": 2, "action": 1])
        #expect(list(5, improve) == ["improvement": 5])
        #expect(list(5, willDo) == ["commitment": 5])
        #expect(list(5, practice) == ["practice": 5])
        #expect(list(6, improve) == ["improvement": 6])
        #expect(list(6, willDo) == ["commitment": 3])
        #expect(list(6, practice) == ["practice": 5, "action": 1])
        #expect(list(7, improve) == ["improvement": 5])
        #expect(list(7, willDo) == ["value": 1, "commitment": 2])
        #expect(list(7, practice) == ["context": 2, "provision": 1, "practice": 1, "action": 1])
    }

    @Test func priorityThreeHasTwoAimsInOrder() {
        let aims = index.narratives.filter { $0.item == "positive-relationships-and-identity" && $0.value.kind == .aim }
        #expect(aims.count == 2)
        #expect(aims[0].value.text.hasPrefix("Children and young people are supported to maintain, build and sustain"))
        #expect(aims[1].value.text.hasPrefix("We want to encourage our Looked after Children"))
    }

    @Test func onlyPrintedAccountability() {
        // No bullet names a due date; owners only where the subject is printed; one action is under way, one done.
        #expect(index.actions.allSatisfy { $0.value.due == nil })
        #expect(Set(index.actions.compactMap(\.value.owner)) == [
            "The Multi Agency Looked after Children Partnership", "Elected Members and council officers",
            "The Multi-Agency Looked after Partnership (MALAP)",
        ])
        // The strategy's review (line 78): "will ensure that these remain living documents that are regularly
        // revised", a commitment of the MALAP with no date or frequency printed.
        let review = index.actions.filter { $0.value.text.contains("remain living documents") }
        #expect(review.map(\.value.kind) == [.commitment])
        #expect(review.allSatisfy { $0.value.timeline == nil && $0.value.due == nil })
        #expect(index.node(review[0].section)?.heading == "Introduction:")
        #expect(index.actions.compactMap(\.value.status?.state) == [.inProgress, .complete])
        let edgeOfCare = index.actions.filter { $0.value.timeline != nil }
        #expect(edgeOfCare.count == 1)
        #expect(edgeOfCare.first?.value.timeline == "over the coming year")
        #expect(index.node(edgeOfCare[0].section)?.heading == "Age profile of Looked After Children as at 31st March 2018")
        // The repeated line: once among the needs (unbulleted), once as a step in practice.
        let awareness = index.actions.filter { $0.value.text.hasPrefix("Raise awareness with all new staff") }
        #expect(awareness.map(\.value.kind) == [.improvement, .action])
    }

    // MARK: Governance

    func body(_ id: ID<Body>) -> Body? { index.bodies.first { $0.value.id == id }?.value }

    @Test func bodiesNamedInTheDocument() {
        #expect(index.bodies.map(\.value.id) == [
            "children-in-care-council", "have-your-say-council", "corporate-parenting-board", "malap",
            "malap-sub-groups", "care-leavers-accommodation-panel", "transitions-panel",
        ])
    }

    @Test func corporateParentingBoard() throws {
        let board = try #require(body("corporate-parenting-board"))
        #expect(board.kind == .board)
        #expect(board.status == .inPlace)
        #expect(board.roles.filter { $0.title == .chair }.map(\.holder) == ["Lead Member for Children's Services"])
        #expect(board.roles.first { $0.title == .chair }?.status == .inPlace)
        #expect(board.meets == .quarterly)
        #expect(board.meets?.perYear == 4)
        #expect(board.members == [
            "Elected Members", "Chief Executive for the Council", "Executive Director of Children's Services",
            "other relevant senior officers including the Virtual Head",
        ])
        // Young people's part in the Board: printed as practice and as a need, so unresolved; no member in place
        // is a young person.
        let cicc = board.roles.filter { $0.holder == "Children in Care Council" }
        #expect(cicc.map(\.title) == [.member])
        #expect(cicc.map(\.status) == [.unresolved])
        // "A representative from each group will attend the meetings" (line 208): planned.
        #expect(board.roles.filter { $0.holder == "A representative from each group" }.map(\.status) == [.planned])
        #expect(board.roles.filter { $0.status == .inPlace }.map(\.title) == [.chair])
        // Its role (lines 225-230), the Children in Care Council's voice (207) and monitoring the Pledge (223).
        #expect(board.remit.count == 5)
        #expect(board.remit.contains { $0.hasPrefix("Delivery of the Corporate Parenting Pledge is monitored") })
        #expect(board.reportsTo.isEmpty)
        #expect(index.partners.filter { $0.body == "corporate-parenting-board" }.map(\.value.name) == ["health partners"])
    }

    @Test func malapAndItsSubGroups() throws {
        let malap = try #require(body("malap"))
        #expect(malap.kind == .partnership)
        #expect(malap.name == "Multi-Agency Looked after Children Partnership")
        #expect(malap.roles.first { $0.title == .chair }?.holder == "Head of Service for Looked after Children")
        #expect(malap.roles.first { $0.title == .member }?.status == .planned)
        #expect(malap.reportsTo.map(\.body) == ["corporate-parenting-board"])
        #expect(malap.reportsTo.map(\.status) == [.planned])
        // Responsible for the strategy (line 78), drives plans and leads on performance (232), monitors the Pledge (223).
        #expect(malap.remit.count == 4)
        #expect(malap.remit.contains { $0.hasPrefix("Delivery of the Corporate Parenting Pledge is monitored") })
        #expect(malap.meets == nil)
        // Three duties, "will".
        #expect(index.actions.filter { $0.body == "malap" }.count == 3)
        let groups = try #require(body("malap-sub-groups"))
        #expect(groups.status == .planned)
        #expect(groups.partOf == "malap")
        #expect(groups.reportsTo.isEmpty)
        #expect(groups.themes == ["Education", "Training and Employment", "Health", "Have your say– Children In Care Council", "Placements and Accommodation"])
    }

    @Test func youthGroups() throws {
        let cicc = try #require(body("children-in-care-council"))
        #expect(cicc.kind == .youthGroup)
        #expect(cicc.roles.map(\.title) == [.support])
        #expect(cicc.roles.map(\.status) == [.planned])
        #expect(cicc.meets == nil)
        let haveYourSay = try #require(body("have-your-say-council"))
        #expect(haveYourSay.kind == .youthGroup)
        #expect(haveYourSay.ages == .between(7, 13))
        #expect(haveYourSay.meets == nil)
        #expect(haveYourSay.partOf == nil)
        #expect(haveYourSay.reportsTo.map(\.body) == ["corporate-parenting-board", "malap"])
        #expect(haveYourSay.reportsTo.allSatisfy { $0.status == .planned })
        for group in [cicc, haveYourSay] {
            #expect(group.mappings.map(\.principles) == [[2, 3]])
            #expect(group.mappings.map(\.domains) == [[.voice]])
        }
    }

    @Test func panelsOfPrioritySix() throws {
        let transitions = try #require(body("transitions-panel"))
        #expect(transitions.ages == .from(16))
        #expect(transitions.serves == ["moving-into-adulthood"])
        #expect(body("care-leavers-accommodation-panel")?.serves == ["moving-into-adulthood"])
        #expect([transitions, body("care-leavers-accommodation-panel")].allSatisfy { $0?.roles.isEmpty == true && $0?.meets == nil })
    }

    // MARK: Evidence

    var metrics: [Evidence] { index.evidence.map(\.value).filter { $0.kind == .metric } }

    func metric(_ id: ID<Evidence>) -> Evidence? { metrics.first { $0.id == id } }

    @Test func everyFigureIsQuotedAsContext() {
        #expect(metrics.count == 29)
        #expect(metrics.allSatisfy { $0.purpose == .context })
        #expect(index.evidence.allSatisfy { $0.value.target == nil && $0.value.baseline == nil })
        // 95 printed figures: national 14, local headline 10, becoming looked after 25, ethnicity 5, placements 11,
        // the 2016 age table 30.
        #expect(metrics.flatMap(\.figures).count == 95)
        #expect(index.evidence.filter { $0.value.kind != .metric }.map(\.value.kind) == [.deliverable])
    }

    @Test func catalogueMeasuresOnlyWhereTheDefinitionIsTheSame() {
        #expect(metrics.filter { $0.standardMeasure != nil }.compactMap(\.id) == [
            "england-cla-count", "england-long-term-stability", "england-three-or-more-placements",
            "cla-count", "cla-rate", "cla-rate-rank", "three-or-more-placements",
        ])
        // Middlesbrough's 68%: no age limit, "more than" 2.5 and 2 years: not the catalogue measure.
        #expect(metric("long-term-stability")?.standardMeasure == nil)
        #expect(metric("long-term-stability")?.domain == .homes)
        #expect(metric("cp-plan-rate")?.domain == .safety)
    }

    @Test func figureKindsGroupsScopesAndPeriodsAsPrinted() throws {
        let national = try #require(metric("england-cla-count"))
        #expect(national.figures.map(\.kind) == [.count, .change, .change])
        #expect(national.figures.map(\.value) == [75420, 4, 13])
        #expect(national.figures.map(\.period) == ["as at 31st March 2018", "compared to 31 March 2017", "compared to 2011"])
        #expect(national.figures.allSatisfy { $0.scope == .england })
        // The rates print no period beside them.
        let rate = try #require(metric("cla-rate"))
        #expect(rate.figures.map(\.value) == [137, 111.4, 95, 64])
        #expect(rate.figures.map(\.scope) == [.authority, .statisticalNeighbours, .region, .england])
        #expect(rate.figures.allSatisfy { $0.period == nil && $0.kind == .rate && $0.unit == .per10k })
        #expect(metric("cla-rate-rank")?.figures.map(\.area) == ["Hartlepool", "Blackpool"])
        // The age-band sentence prints no period; its 16+ share is "only" 4%.
        let byAge = try #require(metric("became-looked-after-by-age"))
        #expect(byAge.figures.allSatisfy { $0.period == nil })
        #expect(byAge.figures.first { $0.group == "aged 16+" && $0.unit == .percent }?.qualifier == "only")
        #expect(metric("became-looked-after-male")?.figures.map(\.period) == ["2017/18", "2017/18"])
        // "10% higher than the picture in England": a change, in points.
        let white = try #require(metric("white-british"))
        let gap = try #require(white.figures.first { $0.kind == .change })
        #expect(gap.value == 10)
        #expect(gap.unit == .percentagePoints)
        #expect(gap.period == nil)
        // One 6% is printed for the under-1s nationally ("the same in 2017/18" stays words).
        #expect(metric("england-cla-by-age")?.figures.filter { $0.value == 6 }.count == 1)
        // "no unaccompanied asylum seeking children": a figure in words, not recorded as a number.
        #expect(metric("uasc-at-year-end")?.figures.isEmpty == true)
        // The 2016 table: six rows of five, periods "15-16" and "14-15" only.
        let table = metrics.filter { $0.id?.rawValue.hasPrefix("age-profile-") == true }
        #expect(table.count == 6)
        #expect(table.allSatisfy { $0.figures.map(\.group) == ["Under 1", "1 to 4", "5 to 9", "10 to 15", "16+"] })
        #expect(Set(table.flatMap(\.figures).compactMap(\.period)) == ["15-16", "14-15"])
    }

    // MARK: Strategy-wide content

    @Test func eightRightsNoneMappedByTheDocument() {
        let rights = index.localPrinciples.map(\.value)
        #expect(rights.count == 8)
        #expect(rights.first?.name == "The right to a well-planned service with strong leadership and governance")
        #expect(rights.last?.name == "The right to a positive transition on into adult life")
        #expect(rights.allSatisfy { $0.mappings.count == 1 && $0.mappings[0].basis == .judged })
    }

    @Test func signaturesCloseTheForeword() {
        #expect(index.signatories.map(\.value.name) == ["Councilor Mike Carr", "Helen Watson"])
        #expect(index.signatories.map(\.value.role) == ["Lead Member Children's Services", "Executive Director of Children's Services"])
        #expect(index.signatories.allSatisfy { index.node($0.section)?.heading == "Middlesbrough's Vision for Looked after Children and Young People" })
    }

    @Test func scopeDefinitionsPartnersAndCoproduction() {
        #expect(index.scopes.map(\.value.groups) == [["Looked After Children", "Care Leavers"]])
        #expect(index.scopes.allSatisfy { $0.value.ages == nil && $0.value.figures.isEmpty })
        #expect(index.definitions.map(\.value.term) == ["sufficiency", "health passport"])
        #expect(index.partners.map(\.value.name) == ["Coram Voice", "health partners", "NYAS"])
        // Who, never how many: no count is printed anywhere.
        #expect(index.coproductions.count == 8)
        #expect(index.coproductions.allSatisfy { $0.value.count == nil && $0.value.who != nil })
        #expect(index.coproductions.first?.value.text == "These priorities are informed by what our Looked after Children and young people say is important to them.")
        #expect(index.coproductions.last?.value.who == "the Children and Care Council members")
    }

    @Test func citations() {
        let statutory = index.citations.filter { index.node($0.section)?.heading == "3. Statutory and Legal Context to Corporate Parenting" }
        // 19 paragraphs, one of which runs on into a second citation ("3.3. ...").
        #expect(statutory.count == 20)
        #expect(statutory.filter { $0.value.kind == .guidance }.count == 7)
        #expect(statutory.filter { $0.value.kind == .nationalPolicy }.map(\.value.title) == ["The 2012 Adoption Action Plan tackling Delay"])
        #expect(index.citations.filter { $0.value.kind == .localPlan }.map(\.value.title) == [
            "Sufficiency Strategy", "Corporate Parenting action plan", "Pledge",
        ])
    }

    @Test func charterForCareLeavers() {
        let groups = index.outline.filter { $0.parent == "charter-for-care-leavers" }
        #expect(groups.count == 6)
        let promises = index.actions.filter { $0.value.kind == .promise }
        #expect(promises.count == 30)
        #expect(groups.map { group in promises.filter { $0.section == group.id }.count } == [5, 5, 5, 7, 4, 4])
        #expect(promises.allSatisfy { $0.value.mappings.count == 1 && $0.value.mappings[0].basis == .judged })
        // The Pledge is named but not printed: no pledge item, no promises outside the Charter.
        #expect(!index.items.contains { $0.value.level == .pledge })
        #expect(promises.allSatisfy { index.node($0.section)?.parent == "charter-for-care-leavers" })
    }

    @Test func electedMembersAndTheirTraining() throws {
        let expectations = try #require(index.expectations.first?.value)
        #expect(index.expectations.count == 1)
        #expect(expectations.audience == "Elected Members")
        #expect(expectations.items.count == 3)
        #expect(index.narratives.contains { $0.value.kind == .mechanism && $0.value.text.hasPrefix("All Elected Members can undertake training") })
    }

    @Test func oneRealContradiction() {
        #expect(pack.inconsistencies.count == 1)
        let excerpts = pack.inconsistencies[0].excerpts
        #expect(excerpts.map(\.section) == ["looked-after-children-in-middlesbrough", "children-becoming-looked-after"])
        #expect(excerpts[0].text.contains("steady increase"))
        #expect(excerpts[1].text.contains("reducing pattern"))
        // Each excerpt is printed in its section.
        for excerpt in excerpts {
            #expect(index.narratives.contains { $0.section == excerpt.section && $0.value.text == excerpt.text })
        }
    }
}
