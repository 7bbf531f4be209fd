import Testing
import CorporateParenting
import SeftonAuthority

/// Facts of Sefton's Corporate Parenting Strategy 2023 - 2025, as read in the document (seed 004), checked
/// against the pack. The counts are the audit's (docs/audits/sefton.md, section 4).
@Suite struct SeftonTests {
    let pack = Sefton.pack
    let index = PackIndex(Sefton.pack)

    @Test func matchesItsDocument() throws {
        try DocumentChecks.check(pack)
    }

    // MARK: The document

    @Test func identityAndDocument() {
        #expect(pack.schemaVersion == 2)
        #expect(pack.id == "sefton")
        #expect(pack.name == "Sefton Council")
        #expect(pack.codes.ons == "E08000014")
        #expect(pack.codes.dfe == "343")
        #expect(pack.region == "North West")
        #expect(pack.document.title == "Corporate Parenting Strategy")
        #expect(pack.document.period == .years(2023, 2025))
        #expect(pack.document.capture == .whole)
        // The document prints no subtitle, review date, approval date, status or version.
        #expect(pack.document.subtitle == nil)
        #expect(pack.document.reviewDate == nil)
        #expect(pack.document.approved == nil)
        #expect(pack.document.status == nil)
    }

    // MARK: Outline

    @Test func outlineIsTheDocumentsHeadingsInOrder() {
        #expect(index.outline.map(\.heading) == [
            "Table of Contents",
            "Foreword",
            "Listening to our children.",
            "Introduction",
            "What is Corporate Parenting",
            "Why do we have a Corporate Parenting Strategy?",
            "Corporate Parenting Principles",
            "Sefton's Vision",
            "Our Corporate Parenting Priorities",
            "Being Heard – Working Group Chair: Participation Officer.",
            "Safe and Stable homes – Working Group Chair: Service Manager. Fostering & Adoption.",
            "Raising Aspirations – Working Group Chair: Head Teacher. Virtual School.",
            "Health and Wellbeing – Working Group Chair: Designated Nurse Children in Care. NHS Cheshire and Merseyside (Sefton).",
            "Transition and preparation for Adulthood – Working Group Chair: Service Manager. Cared For and Care Experienced Young People.",
            "Children and Young People's Voices",
            "Youth Ambassadors. 11yrs to 15yrs",
            "Making A Difference. 16yrs plus",
            "Corporate Parenting Board",
            "Corporate Parenting Responsibilities",
        ])
        #expect(index.outline.map(\.level) == [1, 1, 2, 1, 2, 2, 2, 1, 1, 2, 2, 2, 2, 2, 1, 2, 2, 1, 1])
        #expect(index.outline.allSatisfy { $0.capture == .whole })
        // "We will" is a lead-in, not a heading; the title page is not a section.
        #expect(!index.outline.contains { $0.heading.hasPrefix("We will") || $0.heading == "Cover" })
    }

    @Test func pagesAreTheContentsPages() {
        let pages = index.outline.map(\.page)
        #expect(pages == [nil, 2, nil, 3, 3, 4, 4, 5, 6, 6, 6, 7, nil, 8, 10, nil, nil, 11, 12])
        // The contents page has 14 entries and leaves out Health and Wellbeing.
        let contents = index.narratives.filter { $0.section == "table-of-contents" }
        #expect(contents.count == 14)
        #expect(!contents.contains { $0.value.text.contains("Health and Wellbeing") })
    }

    @Test func foreword() throws {
        let signatory = try #require(index.signatories.first)
        #expect(index.signatories.count == 1)
        #expect(signatory.value.name == "Councillor Diane Roscoe")
        #expect(signatory.value.role == "Cabinet Member for Children, Schools and Families & Chair of the Sefton Corporate Parenting Board.")
        #expect(index.source(of: signatory.section) == "Foreword › Listening to our children.")
        #expect(index.definitions.map(\.value.term) == ["corporate parent", "Corporate Parenting"])
        #expect(index.partners.filter { $0.section == "listening-to-our-children" }.map(\.value.name)
            == ["education", "health", "police"])
        let partnership = try #require(index.actions.first)
        #expect(partnership.value.owner == "our Partnerships")
        #expect(partnership.value.mappings.map(\.basis) == [.judged])
    }

    // MARK: Strategy-wide content

    @Test func scopeIsForAllCaredForAndCareExperienced() throws {
        #expect(index.scopes.count == 2)
        let scope = try #require(index.scopes.first)
        #expect(scope.value.groups == ["all Cared For and Care Experienced children and young people"])
        // "0-18 years" is the age at which children come into care, not an age limit on the strategy.
        #expect(scope.value.ages == nil)
        #expect(scope.value.figures.isEmpty)
    }

    @Test func overSixHundredChildrenCaredForIsTheOnlyFigure() throws {
        let figures = index.scopes.flatMap(\.value.figures) + index.evidence.flatMap(\.value.figures)
        #expect(figures.count == 1)
        let figure = try #require(figures.first)
        #expect(figure.value == 600)
        #expect(figure.unit == .count)
        #expect(figure.kind == .count)
        #expect(figure.qualifier == "over")
        #expect(figure.group == "children cared for in Sefton")
        #expect(figure.scope == .authority)
        #expect(figure.period == "Currently")  // words only: no date is printed
    }

    @Test func citations() {
        #expect(index.citations.map(\.value.title) == [
            "Children and Social Work Act 2017",
            "Statutory Guidance to the Act (2018)",
            "Children and Social Work Act 2017",
            "Children and Young Peoples plan (2020-2025)",
            "Sefton Pledge",
            "Statutory Guidance on the Roles and Responsibilities of the Director of Children's Services and the Lead Member for Children's Services",
            "Sefton Local Offer",
        ])
        #expect(index.citations.map(\.value.kind) == [.legislation, .guidance, .legislation, .localPlan, .localPlan, .guidance, .localPlan])
    }

    @Test func sevenStatutoryPrinciplesQuotedNotLocal() {
        let quoted = index.narratives.filter { $0.section == "corporate-parenting-principles" && $0.value.kind == .context }
        #expect(quoted.count == 8)  // the seven principles and the sentence after them
        #expect(quoted[6].value.text == "To prepare children and young people for adulthood and independent living")
        #expect(index.localPrinciples.isEmpty)
    }

    @Test func visionAndEightValues() {
        let inVision = index.narratives.filter { $0.section == "sefton-s-vision" || $0.section == "seftons-vision" }
        #expect(inVision.filter { $0.value.kind == .vision }.count == 1)
        #expect(inVision.filter { $0.value.kind == .value }.count == 8)
        // The ninth bullet is the Children and Young Peoples plan, cited.
        #expect(index.citations.contains { $0.section == inVision.first?.section && $0.value.kind == .localPlan })
        #expect(!index.narratives.contains { $0.value.kind == .mission })
    }

    // MARK: Priorities

    @Test func fiveUnnumberedPrioritiesInTheDocumentsOrder() {
        #expect(index.topItems.map(\.value.title) == [
            "Being Heard",
            "Safe and Stable homes",
            "Raising Aspirations",
            "Health and Wellbeing",
            "Transition and preparation for Adulthood",
        ])
        #expect(index.items.allSatisfy { $0.value.level == .priority && $0.value.number == nil && $0.value.label == nil })
        #expect(index.items.count == 5)  // no objectives, no pledge items
        #expect(index.items.allSatisfy { $0.value.alternateTitles.isEmpty })
    }

    @Test func weWillBulletsUnderEachPriority() {
        let counts = index.topItems.map { item in index.actions.filter { $0.item == item.value.id }.count }
        #expect(counts == [7, 11, 11, 5, 7])
        let underPriorities = index.actions.filter { $0.item != nil }
        #expect(underPriorities.count == 41)
        #expect(underPriorities.allSatisfy { $0.value.kind == .commitment })
        // Every commitment sits directly in its priority's section: no invented "We will" section.
        #expect(underPriorities.allSatisfy { index.headings(of: $0.section).count == 2 })
        // Printed owners only: the bullet with its own subject, and none other in the priorities.
        #expect(underPriorities.compactMap(\.value.owner) == ["Members of the Corporate Parenting Board and senior managers"])
        #expect(underPriorities.compactMap(\.value.links.first) == ["our financial assistance policies"])
        #expect(index.actions.allSatisfy { $0.value.timeline == nil && $0.value.due == nil && $0.value.status == nil })
    }

    @Test func aimsAreKeptSeparate() {
        func aims(_ id: ID<Item>) -> Int { index.narratives.filter { $0.item == id && $0.value.kind == .aim }.count }
        #expect(aims("being-heard") == 2)
        #expect(aims("safe-and-stable-homes") == 1)
        #expect(aims("raising-aspirations") == 2)
        #expect(aims("health-and-wellbeing") == 1)
        #expect(aims("transition-and-preparation-for-adulthood") == 1)
    }

    @Test func everyPriorityIsMappedByJudgement() {
        for item in index.topItems {
            let mappings = item.value.mappings
            #expect(mappings.contains { !$0.principles.isEmpty }, "\(item.value.id) has no principle")
            #expect(mappings.contains { !$0.domains.isEmpty }, "\(item.value.id) has no domain")
            // The document maps no priority to a principle.
            #expect(mappings.allSatisfy { $0.basis == .judged && $0.note != nil })
        }
        let byID = Dictionary(uniqueKeysWithValues: index.items.map { ($0.value.id, $0.value) })
        #expect(byID["being-heard"]?.mappings.first?.principles == [2, 3])
        #expect(byID["being-heard"]?.mappings.first?.domains.contains(.voice) == true)
        #expect(byID["raising-aspirations"]?.mappings.first?.principles.contains(7) == true)
        #expect(byID["health-and-wellbeing"]?.mappings.first?.domains == [.health])
        #expect(byID["transition-and-preparation-for-adulthood"]?.mappings.first?.principles.contains(7) == true)
    }

    @Test func statedMappingsAreOnlyWhereTheDocumentStatesThem() {
        // Line 84 (conduct "according to the principles") and line 106 (working groups set up "Taking account
        // of the seven corporate parenting principles").
        let stated = index.actions.flatMap(\.value.mappings).filter { $0.basis == .stated }
        #expect(stated.map(\.principles) == [[1, 2, 3, 4, 5, 6, 7]])
        let bodiesStated = index.bodies.filter { $0.value.mappings.contains { $0.basis == .stated } }
        #expect(bodiesStated.map(\.value.kind) == Array(repeating: .workingGroup, count: 5))
        #expect(index.coproductions.allSatisfy { $0.value.mappings.allSatisfy { $0.basis == .judged } })
    }

    // MARK: Governance

    @Test func fiveWorkingGroupsAndTheirChairs() {
        let groups = index.bodies.filter { $0.value.kind == .workingGroup }
        #expect(groups.count == 5)  // "we have established 5 working groups"
        #expect(groups.map { $0.value.roles.map(\.holder) } == [
            ["Participation Officer"],
            ["Service Manager. Fostering & Adoption"],
            ["Head Teacher. Virtual School"],
            ["Designated Nurse Children in Care. NHS Cheshire and Merseyside (Sefton)"],
            ["Service Manager. Cared For and Care Experienced Young People"],
        ])
        #expect(groups.allSatisfy { $0.value.roles.allSatisfy { $0.title == .chair && $0.status == .inPlace } })
        #expect(groups.map(\.value.serves) == index.topItems.map { [$0.value.id] })
        #expect(groups.allSatisfy { $0.value.status == .inPlace })
        #expect(groups.allSatisfy { $0.value.reportsTo.map(\.body) == ["corporate-parenting-board"] })
        #expect(groups.allSatisfy { $0.value.reportsTo.allSatisfy { $0.status == .inPlace } })
    }

    @Test func boardChairMembersAndBiMonthlyMeetings() throws {
        let boards = index.bodies.filter { $0.value.kind == .board }
        #expect(boards.count == 1)
        let board = try #require(boards.first?.value)
        #expect(board.id == "corporate-parenting-board")
        #expect(board.name == "Corporate Parenting Board")
        #expect(board.status == .inPlace)
        let chair = board.roles.filter { $0.title == .chair }
        #expect(chair.map(\.holder) == ["Cabinet Member for Children's Social Care"])
        #expect(chair.first?.status == .inPlace)
        let champion = board.roles.filter { $0.title == .champion }
        #expect(champion.map(\.holder) == ["Cabinet Member for Children's Social Care"])
        #expect(champion.first?.status == .planned)  // "who will champion"
        #expect(board.roles.filter { $0.title == .member }.map(\.holder) == ["Making A Difference"])
        #expect(!board.roles.contains { $0.title == .coChair || $0.title == .lead })
        #expect(board.members == ["cross-party members", "Senior managers"])
        #expect(board.meets?.wording == "bi-monthly")
        #expect(board.meets?.perYear == nil)  // "bi-monthly" is ambiguous
        #expect(board.remit.count == 4)
        // "as outlined below": the themes are never listed. No reporting line of the board is printed.
        #expect(board.themes.isEmpty)
        #expect(board.reportsTo.isEmpty)
    }

    @Test func boardIndicatorsAreMonitoredWithoutFiguresOrStandards() {
        let indicators = index.evidence.filter { $0.body == "corporate-parenting-board" }
        #expect(indicators.map(\.value.text) == [
            "Entries into care, exits from care and length of time in care.",
            "Placement categories.",
            "Young people in care going missing.",
            "Young people in care at risk of exploitation.",
            "Proportion of care experienced in education, employment, and training.",
        ])
        #expect(index.evidence.count == 5)
        #expect(indicators.allSatisfy { $0.value.kind == .metric && $0.value.purpose == .monitor })
        #expect(indicators.allSatisfy { $0.value.standardMeasure == nil && $0.value.unit == nil && $0.value.polarity == nil })
        #expect(indicators.allSatisfy { $0.value.target == nil && $0.value.baseline == nil && $0.value.figures.isEmpty })
        #expect(indicators.allSatisfy { $0.value.frequency == "regular" && $0.value.domain != nil })
    }

    @Test func boardActions() {
        let actions = index.actions.filter { $0.body == "corporate-parenting-board" }.map(\.value)
        #expect(actions.count == 2)
        #expect(actions[0].text.contains("for the panel will be reviewed regularly"))
        #expect(actions[1].owner == "Board members")
    }

    @Test func childrenInCareCouncilAndItsTwoGroups() throws {
        let youth = index.bodies.filter { $0.value.kind == .youthGroup }.map(\.value)
        #expect(youth.map(\.name) == ["children in care council", "Youth Ambassadors", "Making A Difference"])
        let council = youth[0]
        #expect(council.roles.map(\.title) == [.support])
        #expect(council.roles.first?.holder == "a full-time participation officer")
        #expect(council.roles.first?.status == .inPlace)  // "the council employ"
        #expect(council.remit.count == 3)
        let ambassadors = youth[1], mad = youth[2]
        #expect(ambassadors.ages == .between(11, 15))
        #expect(ambassadors.meets == .stated("twice a month", perYear: 24))
        #expect(mad.ages == .from(16))
        #expect(mad.ages?.max == nil)
        #expect(mad.meets == .stated("twice monthly", perYear: 24))
        #expect(mad.audience == "young people aged 16yrs plus who are cared for or care experienced")
        #expect([ambassadors, mad].allSatisfy { $0.partOf == "children-in-care-council" })
        #expect(youth.allSatisfy { $0.mappings.allSatisfy { $0.basis == .judged && $0.principles == [2, 3] } })
        // The groups' own work with the council is co-production (four statements) and the priorities were
        // identified with children and young people (one).
        #expect(index.coproductions.count == 5)
    }

    // MARK: Responsibilities and what is absent

    @Test func tenResponsibilitiesOfEverySeniorOfficerAndElectedMember() throws {
        #expect(index.expectations.count == 1)
        let set = try #require(index.expectations.first?.value)
        #expect(set.title == "Corporate Parenting Responsibilities")
        #expect(set.audience == "every council Senior Officer and every Elected Member")
        #expect(set.items.count == 10)
        #expect(set.items.first == "To listen to our cared for and care experienced children and young people.")
        #expect(set.items.last == "To keep up to date with emerging research findings and new initiatives that should inform the direction of services.")
    }

    @Test func namedButNotSetOut() {
        // The Sefton Pledge and the Sefton Local Offer are only named: no pledge items, promises or offer lines.
        #expect(!index.items.contains { $0.value.level == .pledge })
        #expect(!index.actions.contains { $0.value.kind == .promise })
        #expect(!index.narratives.contains { $0.value.kind == .offer })
    }

    @Test func oneInconsistencyTheChairsPortfolio() throws {
        #expect(pack.inconsistencies.count == 1)
        let excerpts = try #require(pack.inconsistencies.first?.excerpts)
        #expect(excerpts.map(\.section) == ["listening-to-our-children", "corporate-parenting-board"])
        #expect(excerpts[0].text.contains("Cabinet Member for Children, Schools and Families"))
        #expect(excerpts[1].text.contains("Cabinet Member for Children's Social Care"))
        #expect(excerpts.allSatisfy { index.node($0.section) != nil })
    }

    @Test func idsAreUnique() {
        let sections = index.outline.map(\.id.rawValue)
        #expect(Set(sections).count == sections.count)
        let bodies = index.bodies.map(\.value.id.rawValue)
        #expect(Set(bodies).count == bodies.count)
        let items = index.items.map(\.value.id.rawValue)
        #expect(Set(items).count == items.count)
        let evidence = index.evidence.compactMap(\.value.id?.rawValue)
        #expect(Set(evidence).count == evidence.count)
    }
}
