import Testing
import CorporateParenting
import LancashireAuthority

/// Lancashire County Council, Corporate Parenting Strategy 2022 – 2026: facts as the document states them.
@Suite struct LancashireTests {
    let pack = Lancashire.pack

    private func measure(_ id: String) throws -> Measure {
        try #require(pack.measures.first { $0.id == id })
    }

    @Test func identityAndPeriod() {
        #expect(pack.id == "lancashire")
        #expect(pack.name == "Lancashire County Council")
        #expect(pack.codes == AuthorityCodes(ons: "E10000017", dfe: "888"))
        #expect(pack.region == "North West")
        #expect(pack.strategy.title == "Corporate Parenting Strategy")
        #expect(pack.strategy.period == .years(2022, 2026))
        // No review date, approval date or status is printed.
        #expect(pack.strategy.reviewDate == nil)
        #expect(pack.strategy.approved == nil)
        #expect(pack.strategy.status == nil)
    }

    @Test func fourSignatories() {
        #expect(pack.strategy.signatories.map(\.name) == [
            "Angie Ridgwell", "Cllr Philippa Williamson", "Cllr Cosima Towneley", "Cllr Stephen Clarke",
        ])
        #expect(pack.strategy.signatories.map(\.role) == [
            "Chief Executive of Lancashire County Council", "Leader of the County Council",
            "Cabinet Member for Children and Families", "Chair of Corporate Parenting Board",
        ])
    }

    @Test func fourPrioritiesInOrder() {
        #expect(pack.priorities.map(\.title) == [
            "Achieving Permanence",
            "Improving sufficiency to provide the right home at the right place",
            "Improving social, physical, emotional and mental health support and outcomes",
            "Improving education, employment and training opportunities and outcomes",
        ])
        #expect(pack.priorities.map(\.number) == [1, 2, 3, 4])
        #expect(pack.priorities.allSatisfy { $0.source.hasPrefix("3. Why do we need a strategy?") })
        #expect(pack.priorities[0].aim?.text.hasPrefix("Our aim is to achieve legal, physical, and psychological permanence") == true)
        #expect(pack.priorities[1].aim?.text.hasPrefix("Our goal is for all the children and young people we support") == true)
    }

    @Test func eightObjectivesWithNoPriorityNamed() {
        #expect(pack.objectives.count == 8)
        #expect(pack.objectives.map(\.number) == Array(1...8).map { Optional($0) })
        #expect(pack.objectives.first?.title == "Children and young people have a voice in the way we deliver our services.")
        #expect(pack.objectives[5].title == "Children and young people are protected from harm and risk of exploitation.")
        #expect(pack.objectives.last?.title.hasPrefix("Having big dreams and goals") == true)
        // "under our 4 priorities", but the document never says which objective sits under which.
        #expect(pack.objectives.allSatisfy { $0.priority == nil })
        #expect(pack.objectives[0].aim?.text.contains("'Nothing about me without me'.") == true)
    }

    @Test func everyPriorityAndObjectiveIsMapped() {
        for item in pack.priorities.map({ ($0.id, $0.principles, $0.domains) })
            + pack.objectives.map({ ($0.id, $0.principles, $0.domains) }) {
            #expect(!item.1.isEmpty && item.1.allSatisfy { (1...7).contains($0) }, "\(item.0) principles")
            #expect(!item.2.isEmpty, "\(item.0) domains")
        }
        #expect(pack.objectives[0].principles == [2, 3])
        #expect(pack.objectives[0].domains == [.voice])
        #expect(pack.objectives[5].domains == [.safety])
    }

    @Test func commitmentsAndTheirKinds() {
        let commitments = pack.objectives.flatMap(\.commitments)
        #expect(pack.objectives.map(\.commitments.count) == [2, 5, 6, 5, 5, 5, 5, 4])
        #expect(commitments.count == 37)
        #expect(commitments.contains { $0.kind == .action && $0.text.hasPrefix("We will continue to consult") })
        #expect(commitments.contains { $0.kind == .action && $0.text.contains("we are developing a comprehensive safeguarding protocol for Care Leavers") })
        // The document's typo is kept.
        #expect(commitments.contains { $0.text.contains("Children in our care and care lavers have a variety of opportunities") })
        #expect(pack.objectives[2].partners == ["District Councils", "Department for Levelling Up, Housing and Communities"])
    }

    @Test func boardChairKnownFrequencyNot() throws {
        let board = try #require(pack.governance.board)
        #expect(board.name == "Corporate Parenting Board")
        #expect(board.chair == "Cllr Stephen Clarke")
        #expect(board.meetingFrequency == nil)
        #expect(board.meetingsPerYear == nil)
        #expect(board.youngPeopleOnBoard == nil)
        #expect(board.youngPeopleCoChair == nil)
        #expect(board.members.isEmpty)
        #expect(board.responsibilities.count == 2)
    }

    @Test func participationGroupsWithoutAgesOrFrequency() {
        let groups = pack.governance.participation
        #expect(groups.map(\.name) == ["LINX", "POWAR", "Care Leavers Forum"])
        #expect(groups.allSatisfy { $0.ageRange == nil && $0.meetingFrequency == nil && $0.meetingsPerYear == nil })
        #expect(groups.filter { $0.partOf == "Children in Care Council" }.map(\.id) == ["linx", "powar"])
    }

    @Test func panelsAndPartnerships() throws {
        #expect(pack.workingGroups.map(\.id) == [
            "missing-from-home-panels", "macse-meetings", "missing-education-panels", "out-of-trouble-joint-working",
            "pact-meetings", "dqp-meetings",
        ])
        let missing = try #require(pack.workingGroups.first { $0.id == "missing-from-home-panels" })
        #expect(missing.kind == .panel && missing.meetingFrequency == "monthly" && missing.meetingsPerYear == 12)
        let macse = try #require(pack.workingGroups.first { $0.id == "macse-meetings" })
        #expect(macse.meetingsPerYear == 12)
        // No chair is named for any of them, and PACT/DQP frequency is only "periodically".
        #expect(pack.workingGroups.allSatisfy { $0.chair == nil })
        #expect(pack.workingGroups.filter { $0.id.hasSuffix("education-panels") || $0.id == "pact-meetings" || $0.id == "dqp-meetings" }
            .allSatisfy { $0.meetingFrequency == nil })
        let joint = try #require(pack.workingGroups.first { $0.id == "out-of-trouble-joint-working" })
        #expect(joint.kind == .partnership)
        #expect(joint.members == ["Children's Services", "Child and Youth Justice Service", "Lancashire Constabulary", "Crown Prosecution Service"])
    }

    @Test func cohortMoreThan3000() {
        #expect(pack.cohort.count == 1)
        #expect(pack.cohort.first?.count == 3000)
        #expect(pack.cohort.first?.qualifier == "more than")
        #expect(pack.cohort.first?.asAt == nil)
    }

    @Test func eetFiguresAsPrinted() throws {
        let young = try measure("eet-17-18")
        #expect(young.observations.map(\.value) == [79.3, 82.2])
        #expect(young.observations.map(\.period) == ["Oct 2020", "January 2022"])
        #expect(young.observations.allSatisfy { $0.scope == .authority && $0.unit == .percent })
        #expect(young.standardMeasure == nil)
        let leavers = try measure("care-leavers-eet-18-20")
        #expect(leavers.observations.map(\.value) == [45, 50])
        #expect(leavers.observations[0].period == "Oct 2019")
        // The second date is cut off ("January 202") and must not be completed.
        #expect(leavers.observations[1].period == nil)
        #expect(leavers.observations[1].note?.contains("January 202") == true)
        #expect(leavers.standardMeasure == nil)
    }

    @Test func attainmentFiguresWithScope() throws {
        let greaterDepth = try measure("ks2-writing-greater-depth")
        #expect(greaterDepth.observations.map(\.value) == [9, 6])
        #expect(greaterDepth.observations.map(\.scope) == [.authority, .england])
        let attainment8 = try measure("attainment-8")
        #expect(attainment8.observations.map(\.value) == [3.9])
        #expect(attainment8.observations.first?.unit == .points)
        #expect(attainment8.observations.first?.period == "2019-20")
        #expect(try measure("english-maths-grade-4").observations.map(\.value) == [7.6])
        #expect(try measure("english-maths-grade-5").observations.map(\.value) == [1.7])
        #expect(try measure("year-13-qualifications").observations.map(\.value) == [51])
        let higherEducation = try measure("higher-education")
        #expect(higherEducation.observations.map(\.value) == [32, 62])
        #expect(higherEducation.observations.map(\.period) == ["2016", nil])
        let graduates = try measure("graduates")
        #expect(graduates.observations.map(\.value) == [10])
        #expect(graduates.observations.map(\.period) == ["2020"])
        #expect(pack.measures.filter { $0.source.hasPrefix("Appendix 3") }.allSatisfy { $0.purpose == .context })
    }

    @Test func proudAttendanceIsApproximate() throws {
        let proud = try #require(pack.objectives[7].measures.first { $0.id == "proud-attendance" })
        #expect(proud.observations.first?.value == 60)
        #expect(proud.observations.first?.qualifier == "Approximately")
        #expect(proud.purpose == .context)
    }

    @Test func noTargetsOrBaselinesAreSet() {
        let all = pack.measures + pack.objectives.flatMap(\.measures) + pack.priorities.flatMap(\.measures)
            + pack.objectives.flatMap { $0.outcomes.flatMap(\.measures) }
        #expect(all.allSatisfy { $0.target == nil && $0.baseline == nil })
    }

    @Test func whatYoungPeopleAndPartnersWillSay() {
        let section5 = pack.measures.filter { $0.source.hasPrefix("5. How will we know we have made a difference?") }
        #expect(section5.filter { $0.source.hasSuffix("What will young people say?") }.map(\.title) == [
            "I feel good about my future", "I feel proud of my achievements", "I feel supported and cared for",
            "I feel able to share my views and feelings",
        ])
        #expect(section5.filter { $0.source.hasSuffix("What will partners say?") }.count == 2)
    }

    @Test func fourYoungPeoplesQuotationsOnTheCover() {
        let voices = pack.strategy.voices
        #expect(voices.count == 4)
        #expect(voices.allSatisfy { $0.source == "Cover" })
        // Typographic apostrophe as printed; the enclosing quotation marks are not part of the words.
        #expect(voices.first?.text == "Young peoples’ input into the Corporate Parenting Strategy is massively important as we have the lived experience of what it is like to be a child looked after in Lancashire.")
        #expect(voices[1].text.hasPrefix("We have first-hand experience of what the local authority is like as a Corporate Parent"))
        #expect(voices[2].text.hasSuffix("This is our strategy and we want to affect how services are run and make sure they work for us."))
        #expect(voices.last?.text == "We want our voices to be heard and what we ask for and discuss to be acted upon.")
        #expect(voices.allSatisfy { !$0.text.hasPrefix("“") && !$0.text.hasSuffix("”") })
    }

    @Test func strategyWideChallengeFromSectionThree() {
        let challenges = pack.strategy.challenges
        #expect(challenges.count == 1)
        #expect(challenges.first?.source == "3. Why do we need a strategy?")
        #expect(challenges.first?.text.hasPrefix("We know from research that children and young people who are looked after by the local authority have to overcome trauma") == true)
        #expect(challenges.first?.text.hasSuffix("of not being engaged in education, employment and training.") == true)
        // It sits outside the priorities, none of which has a challenge of its own.
        #expect(pack.priorities.allSatisfy { $0.challenges.isEmpty })
    }

    @Test func appendixFourListsThirteenItemsOfLegislation() {
        let legislation = pack.strategy.legislation
        #expect(legislation.count == 13)
        #expect(legislation.allSatisfy { $0.source == "Appendix 4 - Legislation" })
        #expect(legislation.first?.text == "The Children and Social Work Act 2017")
        #expect(legislation[1].text == "The Children Act 1989")
        #expect(legislation[5].text == "Ofsted – Inspecting local authority children's services; April 2022")
        #expect(legislation.last?.text == "Lancashire County Council's procedure manual for children in our care and care leavers")
        #expect(legislation.allSatisfy { !$0.text.contains("**") })
    }

    @Test func whatYoungPeopleWillSayStaysStrategyWideMeasures() {
        // Section 5's statements remain measures, not quotations.
        #expect(pack.strategy.voices.allSatisfy { !$0.source.hasPrefix("5.") })
        #expect(pack.measures.filter { $0.source == "5. How will we know we have made a difference? › What will young people say?" }.count == 4)
    }

    @Test func pledgesNamedOnly() {
        #expect(pack.pledges.map(\.title) == ["Corporate Parents Promise", "Care Leavers Pledge"])
        #expect(pack.pledges.allSatisfy { $0.promises.isEmpty })
    }

    @Test func localOffer() {
        let items = pack.localOffer.map(\.text)
        #expect(items.count == 6)
        #expect(items.contains("additional rent payments"))
        #expect(items.contains("an increased setting up home allowance"))
        #expect(items.contains("our council tax grant"))
        #expect(items.contains { $0.contains("up to a young person's 25th birthday") })
        #expect(items.contains { $0.contains("Leaving Care Top Up") })
        #expect(items.contains { $0.contains("Staying Put offer") })
    }

    @Test func expectationsOfCorporateParents() throws {
        #expect(pack.expectations.count == 2)
        let tips = try #require(pack.expectations.first { $0.title == "Top Tips to Good Corporate Parenting" })
        #expect(tips.items.count == 12)
        #expect(tips.items.first?.hasPrefix("Know My Story:") == true)
        #expect(tips.items.last?.hasPrefix("Identity and Diversity:") == true)
        let members = try #require(pack.expectations.first { $0.title == "The role of Elected Members/District Councils/Partners" })
        #expect(members.items.count == 10)
        #expect(members.items.contains { $0.contains("Care Leavers Pledge") })
    }

    @Test func inconsistenciesRecorded() {
        #expect(pack.inconsistencies.count == 2)
        #expect(pack.inconsistencies.allSatisfy { $0.statements.count == 2 && $0.statements.allSatisfy { !$0.source.isEmpty } })
        let attainment = pack.inconsistencies.first { $0.topic.contains("Key Stage 1 and 2") }
        #expect(attainment?.statements[0].text.contains("generally in line with the national comparison") == true)
        #expect(attainment?.statements[1].text.contains("above national average for CLA in every subject area") == true)
        let council = pack.inconsistencies.first { $0.topic.contains("Children in Care Council") }
        #expect(council?.statements.map(\.source) == ["4. What are we going to do? › Objective 1", "Acronyms"])
    }

    @Test func idsAreUnique() {
        let ids = pack.priorities.map(\.id) + pack.objectives.map(\.id) + pack.pledges.map(\.id)
            + pack.workingGroups.map(\.id) + pack.governance.participation.map(\.id)
            + pack.measures.map(\.id) + pack.objectives.flatMap { $0.measures.map(\.id) }
        #expect(Set(ids).count == ids.count)
        #expect(ids.allSatisfy { $0 == $0.lowercased() && !$0.contains(" ") })
    }
}
