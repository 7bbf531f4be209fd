import Testing
import CorporateParenting
import LeicestershireAuthority

/// Facts of Leicestershire County Council's "Our Children, Our Future" (Corporate Parenting Strategy 2019-2022),
/// as read in the document (`../shared/seeds/002_5ec2760e528eab61.txt`).
@Suite struct LeicestershireTests {
    let pack = Leicestershire.pack
    let index = PackIndex(Leicestershire.pack)

    @Test func matchesItsDocument() throws {
        try DocumentChecks.check(pack, repairs: Self.repairs)
    }

    /// The garbled words of the "What else do we do" picture, extracted as one line (seed line 301).
    static let pictureText = "Annual celebration of achievement Lead by the VS a wide range of Letter from DCS opportunities for at 18 and 21 fun and learning **Ambitious** Aspirational Inspirational Lead member Congratulations and AD letter and engagemtent cher from AD with CIC council. Children in exam results Care Council Driving le and time spend ney Elected Member **SYPAC** scrutiny panel Corporate **Parenting Board**"

    /// Seed lines joined as extracted (one element a line, the PDF's tabs kept).
    static func lines(_ lines: String...) -> String { lines.joined(separator: "\n") }

    /// Extraction damage undone, each the text as extracted (seed line numbers) and as the page prints it. Table
    /// rows are de-interleaved into the left cell followed by the right cell; nothing is added or reworded.
    static let repairs: [(damaged: String, printed: String)] = [
        // Heading broken inside its words over nine lines (289-297), rejoined as printed (and as the contents page lists it).
        (lines("Governa", "nce", "Arrange", "ments", "for", "Corporat", "e", "Parentin", "g"),
         "Governance Arrangements for Corporate Parenting"),
        // Picture's words (301) extracted inside the sentence "challenge and / reflection" (299-303); moved after the paragraph, not dropped.
        (lines("enable challenge and", "", pictureText, "", "reflection on how effectively we are applying the corporate parenting principles and ensuring the high level of care that we strive to provide."),
         "enable challenge and reflection on how effectively we are applying the corporate parenting principles and ensuring the high level of care that we strive to provide. " + pictureText),
        // Page logo "ΑĮ" (317) inside the sentence "The / terms of reference" across the page break (309-319); logo dropped.
        (lines("celebrate. The", "", "", "", "", "", "", "", "ΑĮ", "", "terms of reference"),
         "celebrate. The terms of reference"),
        // Activities table row 1, two columns interleaved line by line (332-333).
        (lines("Consulted and influenced the\tEnsuring the vision of Leicestershire is\t\t",
               "development of 'Our Promise'\tled by the needs of our children.\t\t"),
         "Consulted and influenced the development of 'Our Promise' Ensuring the vision of Leicestershire is led by the needs of our children."),
        // Activities table row 2, two columns interleaved line by line (334-339).
        (lines("Supported and consulted on the\tEnsuring that children in care are\t\t",
               "ASDAN (Award Scheme Development\tsupported with developing their\t\t",
               "and Accreditation Network)\tindependence skills to enable better\t\t",
               "independence work book and how this\ttransition to adulthood and\t\t",
               "will be implemented to support our\tindependence.\t\t",
               "children\t\t\t"),
         "Supported and consulted on the ASDAN (Award Scheme Development and Accreditation Network) independence work book and how this will be implemented to support our children Ensuring that children in care are supported with developing their independence skills to enable better transition to adulthood and independence."),
        // Activities table row 3, two columns interleaved line by line (340-343).
        (lines("Key role in developing a leaflet to give\tEnabling the voice of our children being\t\t",
               "their views for Review of Arrangements\trepresented and listened to in care\t\t",
               "\tplanning meetings if they don't feel able\t\t",
               "\tto attend or represent their view.\t\t"),
         "Key role in developing a leaflet to give their views for Review of Arrangements Enabling the voice of our children being represented and listened to in care planning meetings if they don't feel able to attend or represent their view."),
        // Activities table row 4, two columns interleaved line by line (344-347).
        (lines("Creation of a leaflet for children to\tSupport children in understanding the\t\t",
               "understand the process of a Child\troles and responsibilities of the child\t\t",
               "Protection Conference.\tprotection conference. Enable them to\t\t",
               "\tbe empowered and involved.\t\t"),
         "Creation of a leaflet for children to understand the process of a Child Protection Conference. Support children in understanding the roles and responsibilities of the child protection conference. Enable them to be empowered and involved."),
        // Activities table row 6, two columns interleaved line by line (364-367). (Row 5, 348-363, reads whole as extracted.)
        (lines("Creation of a 'Family Time Agreement'\tOur children can be clear about the",
               "to support expectations for both children\texpectations at the beginning and there",
               "and their families about the time that\tis consistency with workers in exploring",
               "they will spend with each other.\tdifferent options for family time."),
         "Creation of a 'Family Time Agreement' to support expectations for both children and their families about the time that they will spend with each other. Our children can be clear about the expectations at the beginning and there is consistency with workers in exploring different options for family time."),
        // Activities table row 7, two columns interleaved line by line (368-371).
        (lines("Young person's interview panel for all\tMost recently direct influence on the",
               "relevant posts within Children and\tappointment of our Director, Assistant",
               "Family Services\tDirector and Head of Service for Field",
               "\tSocial Work"),
         "Young person's interview panel for all relevant posts within Children and Family Services Most recently direct influence on the appointment of our Director, Assistant Director and Head of Service for Field Social Work"),
        // Activities table row 8, two columns interleaved line by line (372-375).
        (lines("Comprehensive Mapping program with\tTrue representation of voice within the",
               "our care leavers in relation to the local\tconsultation and development of the",
               "offer to care leavers\tlocal offer for care leaver. Ensuring that",
               "\tthis is appropriate and effective."),
         "Comprehensive Mapping program with our care leavers in relation to the local offer to care leavers True representation of voice within the consultation and development of the local offer for care leaver. Ensuring that this is appropriate and effective."),
        // Outcomes table header, five columns' "Outcome n" and titles interleaved line by line (381-384); read column by column.
        (lines("Outcome 1\tOutcome 2\tOutcome 3\tOutcome 4\tOutcome 5",
               "Improved\tImproved Mental\tPlacement\tAttainment\tCare leavers",
               "Physical Health\tHealth\tstability and safe\t\t",
               "\t\thomes\t\t"),
         "Outcome 1 Improved Physical Health Outcome 2 Improved Mental Health Outcome 3 Placement stability and safe homes Outcome 4 Attainment Outcome 5 Care leavers"),
    ]

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
        // The garbled "broader offer" picture (line 301) is described in the capture note, as a reading, not quoted.
        #expect(document.captureNote?.contains("\"Elected Member scrutiny panel\"") == true)
        #expect(document.captureNote?.contains("a letter from the DCS at 18 and 21") == true)
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
