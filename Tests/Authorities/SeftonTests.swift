import Testing
import CorporateParenting
import SeftonAuthority

/// Facts of Sefton's Corporate Parenting Strategy 2023 - 2025, as read in the document.
@Suite struct SeftonTests {
    let pack = Sefton.pack

    @Test func identityAndPeriod() {
        #expect(pack.id == "sefton")
        #expect(pack.codes.ons == "E08000014")
        #expect(pack.codes.dfe == "343")
        #expect(pack.region == "North West")
        #expect(pack.strategy.title == "Corporate Parenting Strategy")
        #expect(pack.strategy.period == .years(2023, 2025))
        // The document states no review date, approval date or status.
        #expect(pack.strategy.reviewDate == nil)
        #expect(pack.strategy.approved == nil)
        #expect(pack.strategy.status == nil)
    }

    @Test func forewordIsSignedByTheCabinetMember() throws {
        #expect(pack.strategy.signatories.count == 1)
        let signatory = try #require(pack.strategy.signatories.first)
        #expect(signatory.name == "Councillor Diane Roscoe")
        #expect(signatory.role == "Cabinet Member for Children, Schools and Families & Chair of the Sefton Corporate Parenting Board")
        #expect(signatory.source == "Foreword")
    }

    @Test func visionAndNineValues() throws {
        let vision = try #require(pack.strategy.vision)
        #expect(vision.text.hasPrefix("To be the best corporate parents we can be"))
        #expect(vision.text.hasSuffix("supporting them into successful adulthood."))
        #expect(vision.source == "Sefton's Vision")
        #expect(pack.strategy.values.count == 9)
        #expect(pack.strategy.values.first?.text.hasPrefix("We must be the strongest champions of") == true)
        #expect(pack.strategy.values.last?.text.contains("Children and Young Peoples plan (2020-2025)") == true)
        #expect(pack.strategy.mission == nil)
        // The seven principles quoted are the statutory ones, not the council's own.
        #expect(pack.strategy.localPrinciples.isEmpty)
    }

    @Test func fivePrioritiesInTheDocumentsOrder() {
        #expect(pack.priorities.map(\.title) == [
            "Being Heard",
            "Safe and Stable homes",
            "Raising Aspirations",
            "Health and Wellbeing",
            "Transition and preparation for Adulthood",
        ])
        // The document does not number its priorities, and sets no objectives beside them.
        #expect(pack.priorities.allSatisfy { $0.number == nil })
        #expect(pack.objectives.isEmpty)
    }

    @Test func everyPriorityIsMappedToPrinciplesAndDomains() {
        let known = Set(OutcomeFramework.standard.domains.map(\.id))
        for priority in pack.priorities {
            #expect(!priority.principles.isEmpty, "\(priority.id) has no principle")
            #expect(priority.principles.allSatisfy { (1...7).contains($0) })
            #expect(!priority.domains.isEmpty, "\(priority.id) has no domain")
            #expect(priority.domains.allSatisfy { known.contains($0) })
        }
        let byID = Dictionary(uniqueKeysWithValues: pack.priorities.map { ($0.id, $0) })
        #expect(byID["being-heard"]?.principles.contains(2) == true)
        #expect(byID["being-heard"]?.domains.contains(.voice) == true)
        #expect(byID["health-and-wellbeing"]?.domains.contains(.health) == true)
        #expect(byID["raising-aspirations"]?.domains.contains(.education) == true)
        #expect(byID["transition-and-preparation-for-adulthood"]?.principles.contains(7) == true)
    }

    @Test func weWillBulletsUnderEachPriority() {
        // Being Heard 7, Safe and Stable homes 11, Raising Aspirations 11, Health and Wellbeing 5, Transition 7.
        #expect(pack.priorities.map(\.commitments.count) == [7, 11, 11, 5, 7])
        let all = pack.priorities.flatMap(\.commitments)
        #expect(all.allSatisfy { $0.kind == .action })
        #expect(all.allSatisfy { $0.source.hasSuffix(" › We will") })
        #expect(pack.priorities[0].commitments.last?.text == "Offer training on young people's participation to council officers, carers and elected members.")
        #expect(pack.priorities[1].commitments[9].text.contains("'staying put', to young people 18-21yrs old"))
        #expect(pack.priorities[3].commitments[3].text == "Improve completion of emotional wellbeing form (SDQ's) for new to care and for those children and young people placed out of borough.")
        #expect(pack.priorities[0].commitments[0].source == "Our Corporate Parenting Priorities › Being Heard – Working Group Chair: Participation Officer. › We will")
    }

    @Test func aimsAndChallenges() {
        #expect(pack.priorities[0].aim?.text.hasPrefix("The young person's voice must be at the centre") == true)
        #expect(pack.priorities[1].aim?.text == "We will ensure all children and young people have a safe and stable home environment.")
        #expect(pack.priorities[1].challenges.first?.text.contains("the lack of placement choice can be an issue") == true)
        #expect(pack.priorities[3].challenges.first?.text.hasPrefix("Many cared for children will have experienced trauma") == true)
        #expect(pack.priorities[4].aim?.text.hasPrefix("Moving on from care is a critical time") == true)
        // The document sets no outcomes, measures or targets under its priorities.
        #expect(pack.priorities.allSatisfy { $0.outcomes.isEmpty && $0.measures.isEmpty })
    }

    @Test func fiveWorkingGroupsAndTheirChairs() {
        #expect(pack.workingGroups.count == 5)
        #expect(pack.workingGroups.map(\.chair) == [
            "Participation Officer",
            "Service Manager. Fostering & Adoption",
            "Head Teacher. Virtual School",
            "Designated Nurse Children in Care. NHS Cheshire and Merseyside (Sefton)",
            "Service Manager. Cared For and Care Experienced Young People",
        ])
        #expect(pack.workingGroups.map(\.priorities) == pack.priorities.map { [$0.id] })
        #expect(pack.workingGroups.allSatisfy { $0.kind == .workingGroup })
        #expect(pack.workingGroups.allSatisfy { $0.reportsTo == "Corporate Parenting Board" })
    }

    @Test func boardChairMembersAndBiMonthlyMeetings() throws {
        let board = try #require(pack.governance.board)
        #expect(board.name == "Corporate Parenting Board")
        #expect(board.chair == "Cabinet Member for Children's Social Care")
        #expect(board.coChairs.isEmpty)
        #expect(board.meetingFrequency == "bi-monthly")
        #expect(board.meetingsPerYear == nil)  // "bi-monthly" is ambiguous
        #expect(board.members == ["cross-party members", "Senior managers"])
        #expect(board.youngPeopleOnBoard == true)  // Making A Difference members sit on the board
        #expect(board.youngPeopleCoChair == nil)
        #expect(board.responsibilities.first == "to monitor the key priorities and outcomes for Cared For and Care Experienced children and young people")
    }

    @Test func twoParticipationGroups() throws {
        let groups = pack.governance.participation
        #expect(groups.map(\.name) == ["Youth Ambassadors", "Making A Difference"])
        let ambassadors = try #require(groups.first)
        #expect(ambassadors.ageRange == .between(11, 15))
        #expect(ambassadors.meetingFrequency == "twice a month")
        #expect(ambassadors.meetingsPerYear == 24)
        #expect(ambassadors.sitsOnBoard == nil)
        let mad = try #require(groups.last)
        #expect(mad.ageRange == .from(16))
        #expect(mad.ageRange?.max == nil)
        #expect(mad.meetingFrequency == "twice monthly")
        #expect(mad.meetingsPerYear == 24)
        #expect(mad.sitsOnBoard == true)
        #expect(mad.source == "Children and Young People's Voices › Making A Difference. 16yrs plus")
    }

    @Test func overSixHundredChildrenCaredFor() throws {
        #expect(pack.cohort.count == 1)
        let cohort = try #require(pack.cohort.first)
        #expect(cohort.count == 600)
        #expect(cohort.qualifier == "over")
        #expect(cohort.asAt == nil)
        #expect(cohort.source == "Children and Young People's Voices")
    }

    @Test func boardDataIndicatorsAreStrategyWideMeasures() {
        #expect(pack.measures.map(\.title) == [
            "Entries into care, exits from care and length of time in care.",
            "Placement categories.",
            "Young people in care going missing.",
            "Young people in care at risk of exploitation.",
            "Proportion of care experienced in education, employment, and training.",
        ])
        #expect(pack.measures.allSatisfy { $0.purpose == .monitor && $0.source == "Corporate Parenting Board" })
        #expect(pack.measures[2].standardMeasure == "missing-incident")
        // No figures, targets or baselines are set against them.
        #expect(pack.measures.allSatisfy { $0.target == nil && $0.baseline == nil && $0.observations.isEmpty })
    }

    @Test func seftonPledgeIsNamedButNotSetOut() throws {
        #expect(pack.pledges.count == 1)
        let pledge = try #require(pack.pledges.first)
        #expect(pledge.title == "Sefton Pledge")
        #expect(pledge.promises.isEmpty)
        // The Sefton Local Offer is likewise only named.
        #expect(pack.localOffer.isEmpty)
    }

    @Test func corporateParentingResponsibilities() throws {
        #expect(pack.expectations.count == 1)
        let set = try #require(pack.expectations.first)
        #expect(set.title == "Corporate Parenting Responsibilities")
        #expect(set.audience == "every council Senior Officer and every Elected Member")
        #expect(set.items.count == 10)
        #expect(set.items.first == "To listen to our cared for and care experienced children and young people.")
        #expect(set.items.last == "To keep up to date with emerging research findings and new initiatives that should inform the direction of services.")
        #expect(set.items.contains { $0.contains("Sefton Local Offer") })
    }

    @Test func inconsistenciesRecorded() {
        #expect(pack.inconsistencies.count == 3)
        let topics = pack.inconsistencies.map(\.topic)
        #expect(topics == [
            "How many priorities have working groups",
            "Who chairs the Corporate Parenting Board",
            "Whether the oversight body is a board or a panel",
        ])
        let groups = pack.inconsistencies[0].statements
        #expect(groups.first?.source == "Table of Contents")
        #expect(groups.first?.text.contains("Health and Wellbeing") == false)
        #expect(groups.contains { $0.text.contains("5 working groups") })
        let chair = pack.inconsistencies[1].statements
        #expect(chair.map(\.source) == ["Foreword", "Corporate Parenting Board"])
        #expect(chair[0].text.contains("Cabinet Member for Children, Schools and Families"))
        #expect(chair[1].text.contains("Cabinet Member for Children's Social Care"))
        #expect(pack.inconsistencies[2].statements.last?.text.contains("for the panel") == true)
    }

    @Test func idsAreUniqueAndHyphenated() {
        let ids = pack.priorities.map(\.id) + pack.workingGroups.map(\.id) + pack.measures.map(\.id)
            + pack.pledges.map(\.id) + pack.governance.participation.map(\.id)
        #expect(Set(ids).count == ids.count)
        #expect(ids.allSatisfy { $0 == $0.lowercased() && !$0.contains(" ") })
    }
}
