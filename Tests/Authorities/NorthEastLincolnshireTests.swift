import Testing
import CorporateParenting
import NorthEastLincolnshireAuthority

/// Facts of North East Lincolnshire's Corporate Parenting Strategy 2023- 2025, as read in the document.
@Suite struct NorthEastLincolnshireTests {
    let pack = NorthEastLincolnshire.pack

    func priority(_ number: Int) throws -> Priority {
        try #require(pack.priorities.first { $0.number == number })
    }

    func measure(_ id: String) throws -> Measure {
        let all = pack.priorities.flatMap { $0.measures + $0.outcomes.flatMap(\.measures) } + pack.measures
        return try #require(all.first { $0.id == id })
    }

    @Test func identityAndPeriod() {
        #expect(pack.id == "north-east-lincolnshire")
        #expect(pack.name == "North East Lincolnshire Council")
        #expect(pack.codes == AuthorityCodes(ons: "E06000012", dfe: "812"))
        #expect(pack.region == "Yorkshire and The Humber")
        #expect(pack.strategy.title == "Corporate Parenting Strategy")
        #expect(pack.strategy.period == .years(2023, 2025))
        // The document prints no review or approval date, no status and no signatories.
        #expect(pack.strategy.reviewDate == nil)
        #expect(pack.strategy.approved == nil)
        #expect(pack.strategy.status == nil)
        #expect(pack.strategy.signatories.isEmpty)
    }

    @Test func sevenOutcomesInOrderAndNoObjectives() {
        #expect(pack.priorities.map(\.title) == [
            "Safe, stable and caring places to live and call home",
            "Emotionally, physically and mentally healthy and well",
            "Learning, Developing, Having Fun And Achieving",
            "Trusted relationships and a strong sense of identity and belonging",
            "Making Their Voice Heard And Influencing Decision-Making",
            "Safe and protected at home, online and in the community",
            "Developing Independence",
        ])
        #expect(pack.priorities.map(\.number) == [1, 2, 3, 4, 5, 6, 7])
        #expect(pack.objectives.isEmpty)
    }

    @Test func headlineKeyActionsAreAims() {
        let aims = pack.priorities.map { $0.commitments.filter { $0.kind == .aim }.count }
        #expect(aims == [4, 5, 5, 4, 3, 3, 3])
        let first = pack.priorities[0].commitments.first
        #expect(first?.kind == .aim)
        #expect(first?.text == "Build bridges to support more children and young people to remain safely with their families and avoid coming into care")
    }

    @Test func principleAndDomainMapping() throws {
        for priority in pack.priorities {
            #expect(!priority.principles.isEmpty && priority.principles.allSatisfy { (1...7).contains($0) })
            #expect(!priority.domains.isEmpty)
        }
        // Outcome 3's education work names the three principles it aligns to.
        #expect(try priority(3).principles == [5, 6, 7])
        #expect(try priority(5).domains == [.voice])
        #expect(try priority(7).domains.contains(.adulthood))
    }

    @Test func localPrinciplesVisionAndSources() throws {
        let principles = pack.strategy.localPrinciples
        #expect(principles.count == 7)
        #expect(principles.first?.text == "Safe, stable and caring places to live and call home")
        #expect(principles.allSatisfy { $0.source == "The corporate parenting principles" })
        #expect(pack.strategy.vision?.text.hasPrefix("We believe that every child and young person in North East Lincolnshire") == true)
        let sufficiency = try #require(try priority(1).commitments.first { $0.text == "Complete our sufficiency analysis." })
        #expect(sufficiency.kind == .action)
        #expect(sufficiency.source == "Outcomes for children and young people › 1. Safe, stable and caring places to live and call home › What more can we do/ what will we do:")
    }

    @Test func placementOutcomesAndMeasures() throws {
        let first = try priority(1)
        #expect(first.outcomes.count == 6)
        let stable = try #require(first.outcomes.first)
        #expect(stable.statement == "Children will be placed in stable placements")
        #expect(stable.measures.map(\.standardMeasure) == ["placement-stability-short-term", "placement-stability-long-term"])
        #expect(try measure("short-notice-placement-moves").target?.direction == .decrease)
        #expect(try measure("more-than-one-placement").target?.direction == .decrease)
        #expect(try measure("staying-put").standardMeasure == "staying-put")
        #expect(first.partners.count == 10)
        #expect(first.partners.contains("Yorkshire and Humber Police"))
    }

    @Test func healthTargetsAndBaseline() throws {
        let sdq = try measure("sdq-completion")
        #expect(sdq.target?.value == 100 && sdq.target?.unit == .percent)
        #expect(sdq.standardMeasure == "sdq-completion")
        let consent = try measure("health-assessment-consent-3-days")
        #expect(consent.target?.value == 3 && consent.target?.unit == .days)
        let assessment = try measure("initial-health-assessment-20-working-days")
        #expect(assessment.target?.value == 20 && assessment.target?.unit == .workingDays)
        #expect(try measure("social-worker-attends-initial-health-assessments").target?.value == 100)
        let baseline = try #require(try measure("service-provision-annual-monitoring").baseline)
        #expect(baseline.period == "2021")
        #expect(try priority(2).outcomes.count == 5)
    }

    @Test func learningOutcomesAndPromise() throws {
        let third = try priority(3)
        #expect(third.outcomes.count == 9)
        #expect(third.outcomes.flatMap(\.measures).count == 17)
        #expect(try measure("cla-persistently-absent").standardMeasure == "persistent-absence")
        #expect(try measure("care-leavers-graduate-courses").target?.direction == .increase)
        // "Children and Care Leavers promise": named, and quoted once, never set out.
        #expect(pack.pledges.count == 1)
        let promise = try #require(pack.pledges.first)
        #expect(promise.title == "Children and Care Leavers promise")
        #expect(promise.promises.map(\.text) == [
            "Support children and young people and care leavers to have fun and new experiences and develop their own interests",
        ])
    }

    @Test func outcomesWithoutMeasures() throws {
        // Outcomes 4 and 6 list what success looks like but set no measures and name no key partners.
        for number in [4, 6] {
            let item = try priority(number)
            #expect(item.outcomes.allSatisfy { $0.measures.isEmpty })
            #expect(item.partners.isEmpty)
        }
        #expect(try priority(4).outcomes.count == 5)
        #expect(try priority(6).outcomes.count == 2)
    }

    @Test func voiceMeasuresAndCollection() throws {
        let fifth = try priority(5)
        #expect(fifth.outcomes.count == 4)
        #expect(fifth.commitments.filter { $0.kind == .action }.count == 11)
        #expect(try measure("promise-explained").frequency == "quarterly")
        #expect(try measure("staff-confidence-voice").frequency == "annually")
        #expect(fifth.partners.first == "Care Leavers Council")
    }

    @Test func careLeaverTargets() throws {
        let seventh = try priority(7)
        #expect(seventh.outcomes.count == 7)
        let inTouch = try measure("care-leavers-pa-contact-8-weeks")
        #expect(inTouch.title == "100% of care leavers in touch with their PA every 8 weeks")
        #expect(inTouch.target?.value == 100)
        #expect(try measure("care-leavers-pathway-plan").target?.value == 100)
        let accommodation = try measure("care-leavers-suitable-accommodation")
        #expect(accommodation.target?.value == 100 && accommodation.target?.unit == .percent)
    }

    @Test func nationalFiguresAreContext() throws {
        let gcse = try measure("national-care-leavers-gcse-a-c")
        #expect(gcse.purpose == .context)
        #expect(gcse.observations.map(\.value) == [14])
        #expect(gcse.observations.first?.scope == .england)
        #expect(gcse.observations.first?.period == "2015")
        #expect(try measure("national-population-gcse-a-c").observations.first?.value == 55)
        #expect(try measure("national-care-leavers-university").observations.first?.value == 6)
        #expect(try measure("national-population-university").observations.first?.value == 38)
        let mentalHealth = try measure("national-care-leavers-mental-health-needs").observations.first
        #expect(mentalHealth?.value == 46 && mentalHealth?.qualifier == "estimated")
        #expect(try measure("national-prisoners-care-experienced").observations.first?.value == 25)
        // No local figure or cohort count is printed.
        #expect(pack.cohort.isEmpty)
        let figures = pack.priorities.flatMap { $0.measures + $0.outcomes.flatMap(\.measures) }.flatMap(\.observations)
        #expect(figures.count == 8 && figures.allSatisfy { $0.scope == .england })
    }

    @Test func boardAsStated() throws {
        let board = try #require(pack.governance.board)
        #expect(board.name == "Corporate Parenting Board")
        // Neither the chair nor how often it meets is stated.
        #expect(board.chair == nil && board.coChairs.isEmpty)
        #expect(board.meetingFrequency == nil && board.meetingsPerYear == nil)
        #expect(board.members.first == "elected members")
        #expect(board.reportsTo == "Children's Services Scrutiny Board")
        #expect(board.youngPeopleOnBoard == true)
        #expect(board.youngPeopleCoChair == nil)
        #expect(pack.governance.arrangements.contains {
            $0.text.hasSuffix("Need to clarify local governance arrangement")
        })
    }

    @Test func workingGroupsAndChairs() throws {
        let groups = Dictionary(uniqueKeysWithValues: pack.workingGroups.map { ($0.id, $0) })
        #expect(groups.count == 7)
        let operational = try #require(groups["corporate-parenting-operational-group"])
        #expect(operational.name == "Corporate Parenting Operational Group")
        #expect(operational.kind == .partnership && operational.chair == nil)
        #expect(operational.reportsTo == "Corporate Parenting Board")
        let leads = try #require(groups["priority-leads"])
        #expect(leads.kind == .lead && leads.chair == "senior officers from the relevant service area")
        #expect(leads.priorities == pack.priorities.map(\.id))
        let champions = try #require(groups["priority-champions"])
        #expect(champions.kind == .champion)
        #expect(champions.chair == "individual elected members from the Corporate Parenting Board")
        #expect(groups["link-members-childrens-homes"]?.kind == .champion)
        #expect(groups["cla-health-and-safeguarding-subgroup"]?.kind == .subGroup)
        #expect(groups["cla-health-and-safeguarding-subgroup"]?.priorities == ["healthy-and-well"])
    }

    @Test func participationGroups() throws {
        let groups = Dictionary(uniqueKeysWithValues: pack.governance.participation.map { ($0.id, $0) })
        #expect(Set(groups.keys) == ["have-a-voice-council", "care-leavers-council", "children-in-care-council",
                                     "board-youth-representatives"])
        for id in ["have-a-voice-council", "care-leavers-council"] {
            let group = try #require(groups[id])
            // No ages and no meeting frequency of their own: they meet the Head of Services three times a year.
            #expect(group.ageRange == nil && group.meetingFrequency == nil)
            #expect(group.description?.contains("three times a year") == true)
        }
        #expect(groups["board-youth-representatives"]?.sitsOnBoard == true)
    }

    @Test func expectationsOfCorporateParents() {
        #expect(pack.expectations.map(\.title) == [
            "Effective Corporate Parents:", "Universal Responsibility (Level 1)", "Targeted Responsibility (Level 2)",
            "Specialist Responsibility (Level 3)", "Officers",
        ])
        #expect(pack.expectations.map(\.items.count) == [8, 9, 8, 7, 6])
        #expect(pack.expectations[1].audience == "All councillors")
        #expect(pack.expectations[3].items.last?.contains("Children in Care Council") == true)
        #expect(pack.localOffer.isEmpty)
    }

    @Test func inconsistenciesRecorded() throws {
        #expect(pack.inconsistencies.count == 6)
        let count = try #require(pack.inconsistencies.first { $0.topic == "How many priorities the strategy sets" })
        #expect(count.statements.count == 3)
        #expect(count.statements.contains { $0.text.contains("six priority themes") })
        #expect(count.statements.contains { $0.text.contains("Seven priorities") })
        let head = try #require(pack.inconsistencies.first { $0.topic == "The Head of Service's title" })
        #expect(head.statements.contains { $0.text.contains("Youth Justice Services") })
        #expect(head.statements.contains { $0.text.contains("Corporate Parenting and Youth Services") })
        #expect(pack.inconsistencies.allSatisfy { $0.statements.count >= 2 && $0.statements.allSatisfy { !$0.source.isEmpty } })
    }
}
