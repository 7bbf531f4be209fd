import Testing
import CorporateParenting
import MiddlesbroughAuthority

/// Facts of Middlesbrough's Corporate Parenting Strategy 2018 - 2021 (DRAFT), as read in the document.
@Suite struct MiddlesbroughTests {
    let pack = Middlesbrough.pack

    private func measure(_ id: String) -> Measure? {
        pack.measures.first { $0.id == id }
    }

    private func value(_ id: String, _ scope: Scope, area: String? = nil, period: String? = nil,
                       unit: MeasureUnit? = nil) -> Double? {
        measure(id)?.observations.first {
            $0.scope == scope && (area == nil || $0.area == area) && (period == nil || $0.period == period)
                && (unit == nil || $0.unit == unit)
        }?.value
    }

    @Test func identifiesTheCouncil() {
        #expect(pack.id == "middlesbrough")
        #expect(pack.name == "Middlesbrough Council")
        #expect(pack.codes.ons == "E06000002")
        #expect(pack.codes.dfe == "806")
        #expect(pack.region == "North East")
    }

    @Test func coversTwentyEighteenToTwentyTwentyOneAsADraftWithNoReviewDate() {
        #expect(pack.strategy.title == "Corporate Parenting Strategy")
        #expect(pack.strategy.period == .years(2018, 2021))
        #expect(pack.strategy.status == "DRAFT")
        #expect(pack.strategy.reviewDate == nil)
        #expect(pack.strategy.approved == nil)
    }

    @Test func isSignedByTheLeadMemberAndTheExecutiveDirector() {
        #expect(pack.strategy.signatories.map(\.name) == ["Councilor Mike Carr", "Helen Watson"])
        #expect(pack.strategy.signatories.map(\.role) == [
            "Lead Member Children's Services", "Executive Director of Children's Services",
        ])
        #expect(pack.strategy.vision?.text.hasPrefix("All children, regardless of circumstance") == true)
    }

    @Test func setsOutEightRights() {
        let rights = pack.strategy.localPrinciples.map(\.text)
        #expect(rights.count == 8)
        #expect(rights.first == "The right to a well-planned service with strong leadership and governance")
        #expect(rights.contains("The right to a voice"))
        #expect(rights.last == "The right to a positive transition on into adult life")
    }

    @Test func hasSevenPrioritiesTitledByTheirSectionTwoHeadings() {
        #expect(pack.priorities.map(\.number) == [1, 2, 3, 4, 5, 6, 7])
        #expect(pack.priorities.map(\.title) == [
            "Our Children and Young People are Respected and Involved",
            "Our Placements are Safe and Meet the Needs of Our Children and Young People",
            "Positive Relationships and Identity",
            "Our Children and Young People will be supported to improve their Physical, Emotional Health and Wellbeing",
            "Our Children and Young People are encouraged to reach their educational potential",
            "Our Young People Moving Into Adulthood Will Be Supported to Achieve Their Full Potential in Life",
            "Improve the role of the Corporate Parent",
        ])
        #expect(pack.objectives.isEmpty)
    }

    @Test func mapsEveryPriorityToPrinciplesAndDomains() {
        for priority in pack.priorities {
            #expect(!priority.principles.isEmpty && priority.principles.allSatisfy { (1...7).contains($0) })
            #expect(!priority.domains.isEmpty)
        }
        let byID = Dictionary(uniqueKeysWithValues: pack.priorities.map { ($0.id, $0) })
        #expect(byID["respected-and-involved"]?.domains.contains(.voice) == true)
        #expect(byID["health-and-wellbeing"]?.domains.contains(.health) == true)
        #expect(byID["educational-potential"]?.domains.contains(.education) == true)
        #expect(byID["moving-into-adulthood"]?.principles.contains(7) == true)
        #expect(byID["corporate-parent-role"]?.domains.contains(.governance) == true)
    }

    @Test func splitsEachPriorityIntoImproveDoAndPractice() {
        // (What we need to improve, What we will do, What this means in practice), counted in the document.
        let expected: [(Int, Int, Int)] = [(9, 7, 6), (4, 13, 9), (6, 6, 11), (7, 7, 3), (5, 5, 5), (6, 3, 6), (5, 3, 5)]
        for (priority, counts) in zip(pack.priorities, expected) {
            let kinds = priority.commitments.map(\.kind)
            #expect(kinds.filter { $0 == .improvement }.count == counts.0, "Priority \(priority.number ?? 0)")
            #expect(kinds.filter { $0 == .action }.count == counts.1, "Priority \(priority.number ?? 0)")
            #expect(kinds.filter { $0 == .practice }.count == counts.2, "Priority \(priority.number ?? 0)")
        }
        #expect(pack.priorities.flatMap(\.commitments).count == 131)
        let first = pack.priorities[0].commitments.first { $0.kind == .action }
        #expect(first?.source == "Section 2 › Priority 1: Our Children and Young People are Respected and Involved › What we will do")
        #expect(first?.text.hasPrefix("Ensure staff have the knowledge, skills and commitment") == true)
    }

    @Test func keepsPriorityThreesOpeningStatementAndNoOutcomesOrMeasures() {
        let aim = pack.priorities[2].aim?.text ?? ""
        #expect(aim.hasPrefix("Children and young people are supported to maintain, build and sustain positive relationships"))
        #expect(aim.contains("volunteer schemes and leisure activities."))
        #expect(pack.priorities.allSatisfy { $0.outcomes.isEmpty && $0.measures.isEmpty })
    }

    @Test func boardIsChairedByTheLeadMemberAndMeetsQuarterly() throws {
        let board = try #require(pack.governance.board)
        #expect(board.name == "Corporate Parenting Board")
        #expect(board.chair == "Lead Member for Children's Services")
        #expect(board.coChairs.isEmpty)
        #expect(board.meetingFrequency == "quarterly")
        #expect(board.meetingsPerYear == 4)
        #expect(board.members.contains("Chief Executive for the Council"))
        #expect(board.members.contains("Executive Director of Children's Services"))
        #expect(board.responsibilities.count == 3)
        #expect(board.youngPeopleOnBoard == true)
        #expect(board.youngPeopleCoChair == nil)
    }

    @Test func malapIsChairedByTheHeadOfServiceAndHasFiveSubGroups() throws {
        let malap = try #require(pack.workingGroups.first { $0.id == "malap" })
        #expect(malap.kind == .partnership)
        #expect(malap.chair == "Head of Service for Looked after Children")
        #expect(malap.reportsTo == "Corporate Parenting Board")
        let subGroups = pack.workingGroups.filter { $0.kind == .subGroup }
        #expect(subGroups.map(\.name) == [
            "Education", "Training and Employment", "Health", "Have your say– Children In Care Council",
            "Placements and Accommodation",
        ])
        #expect(subGroups.allSatisfy { $0.chair == nil })
        let panels = pack.workingGroups.filter { $0.kind == .panel }
        #expect(panels.map(\.name) == ["multi-agency Care Leavers accommodation panel", "Transitions Panel"])
        #expect(panels.allSatisfy { $0.priorities == ["moving-into-adulthood"] })
        #expect(pack.workingGroups.count == 8)
    }

    @Test func haveYourSayCouncilIsForSevenToThirteens() {
        let groups = pack.governance.participation
        #expect(groups.map(\.name) == ["Children in Care Council", "Have Your Say Council"])
        #expect(groups[1].ageRange == .between(7, 13))
        #expect(groups[1].meetingFrequency == nil)
        #expect(groups[0].ageRange == nil)
        #expect(groups[0].sitsOnBoard == true)
    }

    @Test func countsFourHundredAndFortyFiveLookedAfterChildren() {
        #expect(pack.cohort.map(\.count) == [445, 444])
        #expect(pack.cohort.first?.asAt == PartialDate(year: 2018, month: 3, day: 31))
        #expect(pack.cohort.allSatisfy { $0.qualifier == nil })
        #expect(value("cla-count", .authority, period: "31st March 2018") == 445)
        #expect(value("england-cla-count", .england) == 75420)
        #expect(measure("england-cla-count")?.standardMeasure == "cla-count")
    }

    @Test func reportsTheRateOfLookedAfterChildrenAgainstComparators() {
        #expect(measure("cla-rate")?.standardMeasure == "cla-rate-per-10k")
        #expect(measure("cla-rate")?.purpose == .context)
        #expect(value("cla-rate", .authority) == 137)
        #expect(value("cla-rate", .statisticalNeighbours) == 111.4)
        #expect(value("cla-rate", .region, area: "North East") == 95)
        #expect(value("cla-rate", .england) == 64)
        #expect(value("cla-rate", .otherAuthority, area: "Hartlepool") == 139)
        #expect(value("cla-rate", .otherAuthority, area: "Blackpool") == 185)
        #expect(value("cp-plan-rate", .authority) == 82.1)
        #expect(value("cp-plan-rate", .england) == 45.3)
    }

    @Test func reportsPlacementFiguresLocallyAndNationally() {
        #expect(measure("long-term-stability")?.standardMeasure == "placement-stability-long-term")
        #expect(value("long-term-stability", .authority) == 68)
        #expect(value("long-term-stability", .england) == 70)
        #expect(value("england-long-term-stability", .england, period: "31st March 2018") == 70)
        #expect(measure("three-or-more-placements")?.standardMeasure == "placement-stability-short-term")
        #expect(value("three-or-more-placements", .authority) == 5)
        #expect(value("three-or-more-placements", .region) == 9)
        #expect(value("three-or-more-placements", .england) == 10)
        #expect(value("foster-placements", .authority, period: "31st March 2018") == 71)
        #expect(value("foster-placements", .region) == 77)
        #expect(value("foster-placements", .england) == 73)
        #expect(value("placed-with-parents", .authority) == 13)
        #expect(value("placed-with-parents", .region) == 6)
        #expect(value("white-british", .authority) == 85)
        #expect(value("white-british", .region, area: "North East") == 92)
    }

    @Test func reportsChildrenBecomingLookedAfterAndTheOlderAgeProfile() {
        #expect(value("became-looked-after", .authority, period: "2017/18") == 162)
        #expect(value("became-looked-after", .authority, period: "2016/17") == 254)
        #expect(value("became-looked-after-abuse-neglect", .authority, unit: .count) == 101)
        #expect(value("became-looked-after-16-plus", .england) == 18)
        #expect(value("year-end-age-10-15", .authority, period: "15-16", unit: .percent) == 42.6)
        #expect(value("year-end-age-10-15", .authority, period: "14-15", unit: .count) == 119)
        #expect(value("year-end-age-16-plus", .england, period: "15-16") == 23)
        #expect(pack.measures.filter { $0.purpose == .monitor }.map(\.id) == ["cla-aged-10-15"])
    }

    @Test func setsOnlyOneTargetAReductionInTheTenToFifteenCohort() throws {
        let targets = pack.measures.compactMap(\.target)
        #expect(targets.count == 1)
        let target = try #require(measure("cla-aged-10-15")?.target)
        #expect(target.direction == .decrease)
        #expect(target.value == nil)
        #expect(target.wording.contains("this cohort will reduce over the coming year"))
        #expect(pack.measures.allSatisfy { $0.baseline == nil })
    }

    @Test func namesThePledgeAndSetsOutTheCharterForCareLeavers() throws {
        #expect(pack.pledges.map(\.title) == [
            "Pledge to Children and Young People who are looked after", "Charter for Care Leavers",
        ])
        #expect(pack.pledges[0].promises.isEmpty)
        let charter = try #require(pack.pledges.last)
        #expect(charter.promises.map(\.text) == [
            "We Promise To;", "To will listen to you by;", "We will inform you by:", "We will support you by:",
            "To find you a home we will:", "We will be a life-long companion by:",
        ])
        #expect(charter.promises.map(\.details.count) == [5, 5, 5, 7, 4, 4])
        #expect(charter.promises[3].details.first == "Completing your Pathway Plan with you from the age of 16 years")
    }

    @Test func listsWhatElectedMembersAreResponsibleFor() throws {
        let set = try #require(pack.expectations.first)
        #expect(pack.expectations.count == 1)
        #expect(set.audience == "Elected Members")
        #expect(set.items.count == 2)
        #expect(set.source == "Appendices › 4. Corporate Parenting Training for Elected Members")
        #expect(pack.localOffer.isEmpty)
    }

    @Test func appendixThreeNamesNineteenActsAndGuidanceDocuments() {
        let legislation = pack.strategy.legislation
        #expect(legislation.count == 19)
        #expect(legislation.allSatisfy { $0.source == "Appendices › 3. Statutory and Legal Context to Corporate Parenting" })
        #expect(legislation.first?.text == "The United Nations Convention on the Rights of the Child provides the overarching framework by providing the right of the child to be heard in any judicial and administrative proceedings affecting him or her. (Article 12).")
        #expect(legislation.last?.text == "The 2017 (ILAC) Ofsted Inspection Framework. This document sets out the Framework and evaluation schedule for the inspection of services for children in need of help and protection; Children Looked After and Care Leavers.")
        // Extraction damage in the quotation marks is kept as printed.
        #expect(legislation[1].text.hasPrefix("Children Act 1989 is the primary legislation setting out local authority responsibility to children „in need“, including Looked after Children."))
        #expect(legislation.contains { $0.text.hasPrefix("The Children (Leaving Care) Act 2000") && $0.text.contains("young person’s transition") })
        #expect(legislation.contains { $0.text.hasPrefix("The Equality Act 2010") && $0.text.contains("(age, disability, sex,") })
        #expect(legislation.contains { $0.text.hasPrefix("The Children and Social Work Act 2017.") })
        #expect(!legislation.contains { $0.text.contains("DRAFT") || $0.text.contains("*") })
    }

    @Test func theChildrenAct2004SentenceIsSplitFromTheAdoptionAct() throws {
        let legislation = pack.strategy.legislation
        let adoption = try #require(legislation.first { $0.text.hasPrefix("The Adoption and Children Act 2002") })
        #expect(adoption.text.hasSuffix("provide permanence for children but are alternatives to adoption."))
        let act2004 = try #require(legislation.first { $0.text.contains("The Children Act 2004 This Act introduced") })
        #expect(act2004.text.hasPrefix("Local authorities have been entitled to expect other agencies to assist them"))
        #expect(!legislation.contains { $0.text.contains("3.3.") })
    }

    @Test func recordsWhereTheDocumentContradictsItself() throws {
        #expect(pack.inconsistencies.count == 12)
        let priorityFive = try #require(pack.inconsistencies.first { $0.topic == "Wording of Priority 5" })
        #expect(priorityFive.statements.map(\.text) == [
            "Priority 5: Our Children and Young People are encouraged to reach their Educational Employment and Training Potential",
            "Our children and young people are encouraged and supported to reach potential through education, employment and training",
            "Priority 5: Our Children and Young People are encouraged to reach their educational potential",
        ])
        #expect(priorityFive.statements.map(\.source).first == "Contents")
        let topics = pack.inconsistencies.map(\.topic)
        #expect(topics.filter { $0.hasPrefix("Wording of Priority") }.count == 7)
        #expect(topics.contains("The name of the Multi-Agency Looked after Partnership (MALAP)"))
        #expect(topics.contains("The date of the age profile of Looked after Children"))
        #expect(topics.contains("Whether the number of Looked after Children in Middlesbrough is rising or falling"))
        #expect(pack.inconsistencies.allSatisfy { $0.statements.count >= 2 && $0.statements.allSatisfy { !$0.source.isEmpty } })
    }
}
