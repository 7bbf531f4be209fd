import Testing
import CorporateParenting
import LeicestershireAuthority

/// Facts of Leicestershire County Council's "Our Children, Our Future" (Corporate Parenting Strategy 2019-2022),
/// as read in the document (`../shared/seeds/002_5ec2760e528eab61.txt`).
@Suite struct LeicestershireTests {
    let pack = Leicestershire.pack
    let index = PackIndex(Leicestershire.pack)

    @Test func matchesItsDocument() throws {
        try DocumentChecks.check(pack)
    }

    @Test func identifiesTheCouncilAndTheDocument() {
        #expect(pack.id == "leicestershire")
        #expect(pack.name == "Leicestershire County Council")
        #expect(pack.codes.ons == "E10000018")
        #expect(pack.codes.dfe == "855")
        #expect(pack.region == "East Midlands")
        let document = pack.document
        #expect(document.title == "Our Children, Our Future")
        #expect(document.subtitle == "Leicestershire's commitment to inspire, support and enable children in care and care leavers to be ambitious and successful")
        #expect(document.period == .years(2019, 2022))
        #expect(document.approved == PartialDate(year: 2019, month: 8, day: 1))
        #expect(document.reviewDate == PartialDate(year: 2022, month: 8))
        #expect(document.status == "Revised")
        #expect(document.capture == .whole)
    }

    /// Typed from the document, a second time: headings as printed, in order.
    @Test func outlineIsTheDocumentsHeadingsInOrder() {
        let expected: [(String, Int)] = [
            ("Our Children, Our Future", 1),
            ("Leicestershire Procedure for Corporate Parenting Strategy 2019-2022", 1),
            ("Table of Contents", 1),
            ("Foreword", 1),
            ("Leicestershire", 1),
            ("OUR VISION", 2),
            ("OUR MISSION", 2),
            ("Who are our 'Children in Care and Care Leavers?'", 1),
            ("Definition of a care leaver:", 2),
            ("What do our children say?", 1),
            ("Our Promise", 1),
            ("Corporate Parenting Principles – Children and Social Work Act 2017", 1),
            ("Who is involved and responsible?", 1),
            ("Councillors as Corporate Parents", 2),
            ("Officers within Children and Family Services", 2),
            ("Virtual School", 2),
            ("What else do we do to show that we care?", 1),
            ("Governance Arrangements for Corporate Parenting", 1),
            ("Corporate Parenting Board", 2),
            ("Children in Care Council and SYPAC", 2),
            ("What success will look like", 1),
            ("Outcome 1", 2),
            ("Outcome 2", 2),
            ("Outcome 3", 2),
            ("Outcome 4", 2),
            ("Outcome 5", 2),
            ("Appendix A", 1),
            ("Corporate Parenting Board", 2),
            ("Terms of Reference", 3),
            ("Membership", 3),
            ("Format of the Board", 3),
        ]
        #expect(index.outline.map(\.heading) == expected.map(\.0))
        #expect(index.outline.map(\.level) == expected.map(\.1))
        // The heading printed twice is two sections.
        #expect(index.node("governance-corporate-parenting-board")?.line == 305)
        #expect(index.node("appendix-a-corporate-parenting-board")?.line == 410)
    }

    @Test func contentsPageHasFifteenEntries() {
        let entries = index.narratives.filter { $0.section == "table-of-contents" }
        #expect(entries.count == 15)
        #expect(entries.first?.value.text == "Foreword 3")
        #expect(entries.last?.value.text == "What success will look like 13")
    }

    @Test func picturesLostInExtractionAreMarkedPartial() {
        let partial = index.outline.filter { $0.capture == .partial }.map(\.heading)
        #expect(partial == ["Leicestershire", "Virtual School", "What else do we do to show that we care?"])
        #expect(index.narratives.filter { $0.value.cutOff == true }.count == 1)
    }

    @Test func fiveOutcomesNumberedAndLabelledAsPrinted() {
        let outcomes = index.topItems.filter { $0.value.level == .outcome }.map(\.value)
        #expect(outcomes.map(\.title) == [
            "Improved Physical Health", "Improved Mental Health", "Placement stability and safe homes", "Attainment",
            "Care leavers",
        ])
        #expect(outcomes.map(\.label) == ["Outcome 1", "Outcome 2", "Outcome 3", "Outcome 4", "Outcome 5"])
        #expect(outcomes.map(\.number) == [1, 2, 3, 4, 5])
        #expect(outcomes.allSatisfy { $0.alternateTitles.isEmpty })
    }

    /// "Children will:" columns (1, 2, 4) are standards; "We will:" columns (3, 5) are commitments: 5/4/5/3/4.
    @Test func eachOutcomeColumnKeepsItsLeadInAndKind() {
        func standards(_ id: ID<Item>) -> Int { index.evidence.filter { $0.item == id && $0.value.kind == .standard }.count }
        func commitments(_ id: ID<Item>) -> Int { index.actions.filter { $0.item == id && $0.value.kind == .commitment }.count }
        #expect([standards("improved-physical-health"), standards("improved-mental-health"), standards("attainment")] == [5, 4, 3])
        #expect([commitments("placement-stability-and-safe-homes"), commitments("care-leavers")] == [5, 4])
        #expect(commitments("improved-physical-health") + commitments("improved-mental-health") + commitments("attainment") == 0)
        #expect(standards("placement-stability-and-safe-homes") + standards("care-leavers") == 0)
        let leadIns = index.narratives.filter { $0.item != nil && ["Children will:", "We will:"].contains($0.value.text) }
        #expect(leadIns.map(\.value.text) == ["Children will:", "Children will:", "We will:", "Children will:", "We will:"])
        // The banner under the table is one aim, after the five outcomes.
        #expect(index.narratives.filter { $0.value.text == "Best possible outcomes for our children" }.map(\.value.kind) == [.aim])
    }

    /// The table prints no metric, figure, target, baseline, owner or date, and names no catalogue measure.
    @Test func theSuccessTableStatesNoMeasuresTargetsOrOwners() {
        let tableItems: Set<ID<Item>> = ["improved-physical-health", "improved-mental-health",
                                         "placement-stability-and-safe-homes", "attainment", "care-leavers"]
        #expect(!index.evidence.contains { $0.item.map(tableItems.contains) == true && $0.value.kind == .metric })
        #expect(index.evidence.allSatisfy { $0.value.standardMeasure == nil && $0.value.target == nil && $0.value.baseline == nil })
        #expect(index.actions.filter { $0.item.map(tableItems.contains) == true }
            .allSatisfy { $0.value.owner == nil && $0.value.timeline == nil && $0.value.due == nil })
    }

    @Test func ourPromiseIsOnePledgeOfSevenKeyAreas() {
        let pledges = index.items.filter { $0.value.level == .pledge }
        #expect(pledges.map(\.value.title) == ["Our Promise"])
        let promises = index.actions.filter { $0.item == "our-promise" && $0.value.kind == .promise }.map(\.value.text)
        #expect(promises == [
            "We will support you", "Respect and Honour your identity", "We will listen to you", "We will believe in you",
            "We will find you a place you can call home", "We will inform you", "We will be a lifelong champion",
        ])
        #expect(index.partners.filter { $0.item == "our-promise" }.count == 5)
        // The "Leicestershire Children in Care Pledge" is a citation in the board's terms of reference, not a pledge.
        #expect(index.citations.contains { $0.value.kind == .localPlan && $0.value.title == "Leicestershire Children in Care Pledge" })
    }

    @Test func theSevenStatutoryPrinciplesAndTheMembersSevenPrinciples() {
        let statutory = index.expectations.map(\.value)
        #expect(statutory.count == 1)
        #expect(statutory.first?.title == "The 7 principles")
        #expect(statutory.first?.audience == "councils")
        #expect(statutory.first?.items.count == 7)
        #expect(index.citations.contains { $0.value.kind == .legislation && $0.value.title == "Children and Social Work Act 2017" })
        let members = index.localPrinciples
        #expect(members.count == 7)
        #expect(members.allSatisfy { $0.section == "councillors-as-corporate-parents" && $0.value.text == nil })
        #expect(members.allSatisfy { $0.value.mappings.allSatisfy { $0.basis == .judged && $0.domains == [.governance] } })
    }

    @Test func cohortFiguresAreCountsAsAtAugust2019() {
        let figures = index.scopes.flatMap(\.value.figures)
        #expect(figures.map(\.value) == [613, 229])
        #expect(figures.map(\.group) == ["children and young people in care", "care leavers"])
        #expect(figures.allSatisfy { $0.kind == .count && $0.unit == .count && $0.scope == .authority })
        #expect(figures.allSatisfy { $0.period == "As at August 2019" && $0.qualifier == nil })
        #expect(index.scopes.compactMap(\.value.ages) == [AgeRange(max: 17), .between(16, 25)])
    }

    @Test func definitionsOfLookedAfterAndCareLeaver() {
        #expect(index.definitions.map(\.value.term) == ["looked after", "care leaver"])
        #expect(index.definitions.map(\.section) == ["who-are-our-children-in-care", "definition-of-a-care-leaver"])
        #expect(index.citations.contains { $0.value.title == "Children Act 1989" })
    }

    @Test func theCorporateParentingBoard() throws {
        let board = try #require(index.bodies.first { $0.value.kind == .board })
        #expect(index.bodies.filter { $0.value.kind == .board }.count == 1)
        #expect(board.section == "appendix-a-corporate-parenting-board")
        let value = board.value
        #expect(value.status == .inPlace)
        // Two co-chairs, in place as the body text states them ("is co-chaired"); no chair, no reporting line.
        #expect(value.roles.map(\.title) == [.coChair, .coChair])
        #expect(value.roles.map(\.holder) == ["Lead Member for Children and Family Services", "one of our care experienced young people"])
        #expect(value.roles.allSatisfy { $0.status == .inPlace })
        #expect(value.reportsTo.isEmpty)
        #expect(value.meets == .stated("four times a year", perYear: 4))
        // Sixteen members, two marked co-chair, young people among them; SYPAC has no seat.
        #expect(value.members.count == 16)
        #expect(value.members.filter { $0.hasSuffix("(co-chair)") }.count == 2)
        #expect(value.members.contains("Children in Care nominated by the Children in Care Council"))
        #expect(!value.members.contains { $0.contains("SYPAC") })
        #expect(value.members.last == "Employment and Training Lead")
        #expect(value.remit.count == 7)
        // Three numbered aims in its terms of reference; "key performance data" its only, unspecified, indicator.
        #expect(index.narratives.filter { $0.section == "terms-of-reference" && $0.value.kind == .aim }.count == 3)
        let indicators = index.evidence.filter { $0.body == "corporate-parenting-board" }.map(\.value)
        #expect(indicators.map(\.kind) == [.metric])
        #expect(indicators.first?.figures.isEmpty == true && indicators.first?.frequency == nil)
        #expect(index.narratives.filter { $0.section == "format-of-the-board" }.count == 2)
        #expect(index.coproductions.filter { $0.section == "format-of-the-board" }.count == 1)
    }

    @Test func childrenInCareCouncilAndSYPAC() throws {
        let cicc = try #require(index.bodies.first { $0.value.id == "children-in-care-council" }?.value)
        #expect(cicc.kind == .youthGroup && cicc.ages == .between(7, 18))
        #expect(cicc.meets == .stated("on a monthly basis", perYear: 12))
        // "There are two groups".
        let groups = index.bodies.filter { $0.value.partOf == "children-in-care-council" }.map(\.value)
        #expect(groups.map(\.name) == ["younger group", "older group"])
        #expect(groups.map(\.ages) == [.between(7, 13), .from(14)])
        #expect(groups.allSatisfy { $0.meets == nil })
        let sypac = try #require(index.bodies.first { $0.value.id == "sypac" }?.value)
        #expect(sypac.ages == .between(18, 25))
        #expect(sypac.meets == .stated("a monthly meeting", perYear: 12))
        #expect(sypac.roles.isEmpty)
        // The activities table: eight rows, each an activity then its impact.
        let rows = index.coproductions.filter { $0.section == "children-in-care-council-and-sypac" && $0.value.who == "Children in Care Council and SYPAC" }
        #expect(rows.count == 8)
        #expect(index.narratives.filter { $0.section == "children-in-care-council-and-sypac" && $0.value.kind == .caseStudy }.count == 8)
        // The interview panel is a row, not a body.
        #expect(!index.bodies.contains { $0.value.kind == .other || $0.value.name.contains("panel") })
    }

    @Test func memberChampionsArePlannedAndLeadWorkingGroups() {
        let network = index.bodies.filter { $0.value.kind == .network }.map(\.value)
        #expect(network.map(\.id) == ["member-champions"])
        #expect(network.first?.status == .planned)
        let groups = index.bodies.filter { $0.value.partOf == "member-champions" }.map(\.value)
        #expect(groups.count == 3)
        #expect(groups.map(\.themes) == [["Education, Training and Work"], ["Accommodation and Housing"], ["Health"]])
        #expect(groups.allSatisfy { $0.kind == .workingGroup && $0.status == .planned })
        #expect(groups.allSatisfy { $0.roles.map(\.title) == [.lead] && $0.roles.allSatisfy { $0.status == .planned } })
        #expect(groups.allSatisfy { $0.serves.isEmpty })
    }

    @Test func officersAndVirtualSchool() {
        let service = index.bodies.first { $0.value.id == "children-and-family-services" }?.value
        #expect(service?.roles.map(\.title) == [.responsibleIndividual])
        #expect(service?.roles.first?.holder == "Assistant Director for Social Care")
        let owners = index.actions.compactMap(\.value.owner)
        #expect(owners == ["Officers in Children and Family Services", "our Virtual School", "the Virtual School"])
    }

    @Test func everyTopItemIsMappedAndOnlyTheBoardsGeneralMappingIsStated() {
        for item in index.topItems {
            #expect(item.value.mappings.contains { !$0.principles.isEmpty && !$0.domains.isEmpty }, "\(item.value.id)")
        }
        var stated: [String] = []
        for item in index.items where item.value.mappings.contains(where: { $0.basis == .stated }) { stated.append(item.value.id.rawValue) }
        for body in index.bodies where body.value.mappings.contains(where: { $0.basis == .stated }) { stated.append(body.value.id.rawValue) }
        if index.actions.contains(where: { $0.value.mappings.contains { $0.basis == .stated } }) { stated.append("an action") }
        if index.coproductions.contains(where: { $0.value.mappings.contains { $0.basis == .stated } }) { stated.append("a co-production") }
        if index.localPrinciples.contains(where: { $0.value.mappings.contains { $0.basis == .stated } }) { stated.append("a local principle") }
        #expect(stated == ["corporate-parenting-board"])
        let youth = index.bodies.filter { $0.value.kind == .youthGroup && $0.value.partOf == nil }
        #expect(youth.allSatisfy { $0.value.mappings.contains { $0.domains.contains(.voice) } })
    }

    @Test func whatIsDeliberatelyAbsent() {
        #expect(pack.inconsistencies.isEmpty)
        // The signatures' names are damaged and not paired with roles.
        #expect(index.signatories.map(\.value.role) == ["Lead Member for Children and Family Services", "Director of Children and Family Services"])
        #expect(index.signatories.allSatisfy { $0.value.name == nil })
        // No figure other than the two cohort counts; no co-production count.
        #expect(index.evidence.allSatisfy { $0.value.figures.isEmpty })
        #expect(index.coproductions.allSatisfy { $0.value.count == nil })
        // No local offer items: the offer is a picture that did not survive extraction.
        #expect(!index.narratives.contains { $0.value.kind == .offer })
    }

    @Test func countsOfEachKind() {
        #expect(index.items.count == 6)
        #expect(index.actions.filter { $0.value.kind == .commitment }.count == 17)
        #expect(index.actions.filter { $0.value.kind == .promise }.count == 7)
        #expect(index.actions.count == 24)
        #expect(index.evidence.count == 13)
        #expect(index.bodies.count == 10)
    }
}
