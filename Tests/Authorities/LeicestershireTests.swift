import Testing
import CorporateParenting
import LeicestershireAuthority

/// Facts of Leicestershire County Council's "Our Children, Our Future" (Corporate Parenting Strategy 2019-2022),
/// as read in the document.
@Suite struct LeicestershireTests {
    let pack = Leicestershire.pack

    @Test func identifiesTheCouncil() {
        #expect(pack.id == "leicestershire")
        #expect(pack.name == "Leicestershire County Council")
        #expect(pack.codes.ons == "E10000018")
        #expect(pack.codes.dfe == "855")
        #expect(pack.region == "East Midlands")
    }

    @Test func strategyTitlePeriodAndDates() {
        let strategy = pack.strategy
        #expect(strategy.title == "Our Children, Our Future")
        #expect(strategy.subtitle?.hasPrefix("Leicestershire's commitment to inspire, support and enable") == true)
        #expect(strategy.period == .years(2019, 2022))
        #expect(strategy.approved == PartialDate(year: 2019, month: 8, day: 1))
        #expect(strategy.reviewDate == PartialDate(year: 2022, month: 8))
        #expect(strategy.status == "Revised")
        #expect(strategy.document?.contains("Leicestershire Procedure for Corporate Parenting Strategy 2019-2022") == true)
    }

    @Test func ownerIsTheResponsibleHeadOfServiceFromTheDocumentControlTable() {
        let strategy = pack.strategy
        #expect(strategy.owner == "Kay Fletcher (Responsible Head of Service)")
        #expect(strategy.source == "Cover")
        // The owner now carries the "Responsible Head of Service" row, so the document text no longer repeats it,
        // but keeps the rest of the document control table.
        #expect(strategy.document?.contains("Kay Fletcher") == false)
        #expect(strategy.document?.contains("Responsible Head of Service") == false)
        #expect(strategy.document?.contains("Date approved SMT: 1st August 2019. Date review: August 2022.") == true)
        #expect(strategy.document?.hasSuffix("Applies to: All employees of Leicestershire County Council and Elected Members.") == true)
    }

    @Test func visionAndMission() {
        let vision = pack.strategy.vision
        #expect(vision?.text.hasPrefix("Leicestershire is the best place for all children, young people and their families\n\n") == true)
        #expect(vision?.text.contains("best performing local authority in the country") == true)
        #expect(vision?.source == "Leicestershire › OUR VISION")
        #expect(pack.strategy.mission?.text.hasPrefix("Children and young people in Leicestershire are safe and living in families") == true)
    }

    @Test func signatoriesAreRolesOnlyBecauseTheNamesAreGarbled() {
        let signatories = pack.strategy.signatories
        #expect(signatories.map(\.role) == [
            "Lead Member for Children and Family Services", "Director of Children and Family Services",
        ])
        #expect(signatories.allSatisfy { $0.name == nil })
    }

    @Test func cohortAsAtAugust2019() {
        let august2019 = PartialDate(year: 2019, month: 8)
        #expect(pack.cohort.count == 2)
        #expect(pack.cohort.contains { $0.group == "children and young people in care" && $0.count == 613 && $0.asAt == august2019 && $0.qualifier == nil })
        #expect(pack.cohort.contains { $0.group == "care leavers" && $0.count == 229 && $0.asAt == august2019 })
        // No other figure is reported in the document.
        #expect(pack.measures.isEmpty)
        let observations = pack.priorities.flatMap { $0.measures + $0.outcomes.flatMap(\.measures) }.flatMap(\.observations)
        #expect(observations.isEmpty)
    }

    @Test func fiveOutcomesAreTheTopLevel() {
        #expect(pack.priorities.map(\.title) == [
            "Improved Physical Health", "Improved Mental Health", "Placement stability and safe homes", "Attainment",
            "Care leavers",
        ])
        #expect(pack.priorities.map(\.number) == [1, 2, 3, 4, 5])
        #expect(pack.objectives.isEmpty)
        for priority in pack.priorities {
            #expect(!priority.principles.isEmpty && priority.principles.allSatisfy { (1...7).contains($0) })
            #expect(!priority.domains.isEmpty)
            #expect(priority.source.hasPrefix("What success will look like › Outcome \(priority.number!): "))
        }
    }

    @Test func childrenWillItemsAreOutcomesAndWeWillItemsAreActions() {
        let byID = Dictionary(uniqueKeysWithValues: pack.priorities.map { ($0.id, $0) })
        #expect(byID["improved-physical-health"]?.outcomes.count == 5)
        #expect(byID["improved-mental-health"]?.outcomes.count == 4)
        #expect(byID["attainment"]?.outcomes.count == 3)
        #expect(byID["placement-stability-and-safe-homes"]?.commitments.count == 5)
        #expect(byID["care-leavers"]?.commitments.count == 4)
        let commitments = pack.priorities.flatMap(\.commitments)
        #expect(commitments.count == 9)
        #expect(commitments.allSatisfy { $0.kind == .action && $0.source.hasSuffix(" › We will:") })
        #expect(byID["improved-physical-health"]?.outcomes.first?.statement == "Have an up to date health assessment")
        #expect(byID["improved-mental-health"]?.outcomes.map(\.statement).contains("Be referred to specialise mental health services and receive treatment in a timely manner where appropriate") == true)
        #expect(byID["care-leavers"]?.commitments[1].text == "Will give opportunities to keep in touch with them until they are 25 and have high aspirations for them")
    }

    @Test func domainMapping() {
        let byID = Dictionary(uniqueKeysWithValues: pack.priorities.map { ($0.id, $0) })
        #expect(byID["improved-physical-health"]?.domains == [.health])
        #expect(byID["improved-mental-health"]?.domains == [.health])
        #expect(byID["placement-stability-and-safe-homes"]?.domains.contains(.homes) == true)
        #expect(byID["attainment"]?.domains == [.education])
        #expect(byID["care-leavers"]?.domains == [.adulthood])
        #expect(byID["care-leavers"]?.principles.contains(7) == true)
    }

    @Test func measuresAndTheirDirectionTargets() {
        let measures = pack.priorities.flatMap { $0.measures + $0.outcomes.flatMap(\.measures) }
        #expect(Set(measures.compactMap(\.standardMeasure)) == [
            "health-assessment", "immunisations", "sdq-average", "placed-over-20-miles", "pep-completion", "staying-put",
        ])
        #expect(measures.count == 8)
        let targets = measures.compactMap(\.target)
        #expect(targets.count == 3)
        #expect(targets.allSatisfy { $0.value == nil })
        let sdq = measures.first { $0.standardMeasure == "sdq-average" }
        #expect(sdq?.target?.direction == .decrease)
        #expect(sdq?.target?.wording == "Have improved Strengths and Difficulties Questionnaire results.")
        #expect(measures.first { $0.id == "health-assessment-timeliness" }?.target?.direction == .increase)
        #expect(measures.first { $0.id == "improved-placement-stability" }?.target?.direction == .increase)
        #expect(measures.allSatisfy { $0.baseline == nil && $0.purpose == .monitor })
    }

    @Test func ourPromiseHasSevenKeyAreas() {
        let promise = pack.pledges.first { $0.id == "our-promise" }
        #expect(promise?.promises.map(\.text) == [
            "We will support you", "Respect and Honour your identity", "We will listen to you", "We will believe in you",
            "We will find you a place you can call home", "We will inform you", "We will be a lifelong champion",
        ])
        #expect(promise?.audience == "young people and their families")
        #expect(promise?.source == "Our Promise")
        // The terms of reference name a "Leicestershire Children in Care Pledge" without setting it out.
        #expect(pack.pledges.count == 2)
        #expect(pack.pledges.last?.title == "Leicestershire Children in Care Pledge")
        #expect(pack.pledges.last?.promises.isEmpty == true)
    }

    @Test func expectationsOfCorporateParents() {
        let councillors = pack.expectations.first { $0.title == "Councillors as Corporate Parents" }
        #expect(councillors?.audience == "elected members")
        #expect(councillors?.items.count == 7)
        #expect(councillors?.items.first == "by having an understanding of the profile and needs of the children in the care of the local authority")
        #expect(councillors?.items.last == "by being aware of the work and aims of the Corporate Parenting Board")
        let statutory = pack.expectations.first { $0.title == "Corporate Parenting Principles – Children and Social Work Act 2017" }
        #expect(statutory?.items.count == 7)
        #expect(pack.expectations.count == 3)
    }

    @Test func memberChampionsLeadWorkingGroups() {
        let champions = pack.workingGroups.filter { $0.kind == .champion }
        #expect(champions.map(\.name) == [
            "Member Champion – Education, Training and Work", "Member Champion – Accommodation and Housing",
            "Member Champion – Health",
        ])
        // To be appointed in 2019: no champion is named.
        #expect(champions.allSatisfy { $0.chair == nil && $0.remit?.contains("In 2019, three Member Champions will be appointed") == true })
        let groups = pack.workingGroups.filter { $0.kind == .workingGroup }
        #expect(groups.map(\.chair) == champions.map(\.name))
        #expect(pack.workingGroups.filter { $0.kind == .panel }.map(\.name) == ["Young person's interview panel"])
        #expect(pack.workingGroups.count == 7)
        #expect(pack.workingGroups.allSatisfy { $0.priorities.isEmpty })
    }

    @Test func boardFromItsTermsOfReference() throws {
        let board = try #require(pack.governance.board)
        #expect(board.name == "Corporate Parenting Board")
        #expect(board.chair == nil)
        #expect(board.coChairs == ["Lead Member for Children and Families", "Chair of the Children in Care Council"])
        #expect(board.meetingFrequency == "four times a year")
        #expect(board.meetingsPerYear == 4)
        #expect(board.youngPeopleOnBoard == true)
        #expect(board.youngPeopleCoChair == true)
        #expect(board.members.count == 16)
        #expect(board.members.last == "Employment and Training Lead")
        #expect(board.members.contains("LSCB Chair"))
        #expect(board.responsibilities.count == 10)
        #expect(board.responsibilities.contains("Monitoring the implementation of the Leicestershire Children in Care Pledge"))
        #expect(board.source == "Appendix A › Corporate Parenting Board › Terms of Reference")
        let format = pack.governance.arrangements.filter { $0.source == "Appendix A › Corporate Parenting Board › Format of the Board" }
        #expect(format.map(\.text).contains("Venue will be County Hall committee rooms"))
        #expect(format.count == 3)
    }

    @Test func participationGroupsWithAgesAndFrequency() {
        let groups = Dictionary(uniqueKeysWithValues: pack.governance.participation.map { ($0.id, $0) })
        #expect(pack.governance.participation.count == 4)
        let cicc = groups["children-in-care-council"]
        #expect(cicc?.ageRange == .between(7, 18))
        #expect(cicc?.meetingsPerYear == 12)
        #expect(cicc?.meetingFrequency == "on a monthly basis")
        #expect(groups["children-in-care-council-younger-group"]?.ageRange == .between(7, 13))
        #expect(groups["children-in-care-council-younger-group"]?.partOf == "children-in-care-council")
        #expect(groups["children-in-care-council-older-group"]?.ageRange == .from(14))
        let sypac = groups["sypac"]
        #expect(sypac?.name == "Supporting Young People After Care (SYPAC)")
        #expect(sypac?.audience == "care leavers")
        #expect(sypac?.ageRange == .between(18, 25))
        #expect(sypac?.meetingsPerYear == 12)
    }

    @Test func activitiesAndImpactTable() {
        let rows = pack.governance.arrangements.filter { $0.source.hasSuffix("› Children in Care Council and SYPAC activities") }
        #expect(rows.count == 8)
        #expect(rows.first?.text == "Consulted and influenced the development of 'Our Promise' — Impact: Ensuring the vision of Leicestershire is led by the needs of our children.")
        #expect(rows.last?.text.hasPrefix("Comprehensive Mapping program with our care leavers") == true)
        #expect(pack.localOffer.isEmpty)
    }

    @Test func inconsistenciesRecorded() {
        #expect(pack.inconsistencies.count == 3)
        let coChairs = pack.inconsistencies.first { $0.topic == "Who co-chairs the Corporate Parenting Board" }
        #expect(coChairs?.statements.count == 2)
        #expect(coChairs?.statements.first?.text.contains("one of our care experienced young people") == true)
        #expect(coChairs?.statements.first?.source == "Governance Arrangements for Corporate Parenting › Corporate Parenting Board")
        #expect(coChairs?.statements.last?.text.contains("the Chair of the Children in Care Council") == true)
        #expect(coChairs?.statements.last?.source == "Appendix A › Corporate Parenting Board › Terms of Reference")
        let views = pack.inconsistencies.first { $0.topic.hasPrefix("Whether children's views have been gathered") }
        #expect(views?.statements.map(\.text).contains("(Will be gathered as part of the consultation)") == true)
        #expect(pack.inconsistencies.contains { $0.statements.contains { $0.text.contains("Appendix one") } })
        #expect(pack.inconsistencies.allSatisfy { $0.statements.allSatisfy { !$0.source.isEmpty } })
    }

    @Test func idsAreUniqueAndHyphenated() {
        let ids = pack.priorities.map(\.id) + pack.pledges.map(\.id) + pack.workingGroups.map(\.id)
            + pack.governance.participation.map(\.id)
            + pack.priorities.flatMap { $0.measures.map(\.id) + $0.outcomes.flatMap { [$0.id] + $0.measures.map(\.id) } }
        #expect(Set(ids).count == ids.count)
        #expect(ids.allSatisfy { $0 == $0.lowercased() && !$0.contains(" ") })
    }
}
