import CorporateParenting

/// Works out a comparison's differences: what some strategies have and others lack.
struct ComparisonDifferences {
    let comparison: Comparison
    let framework: OutcomeFramework
    /// For each standard measure in the catalogue, the strategies (by place) that monitor it.
    let holders: [[Int]]

    /// A difference for the strategies for which `test` holds, when some but not all do (or the one compared).
    func some(_ kind: ComparisonDifference.Kind, subject: String? = nil, title: String? = nil, _ test: (Int) -> Bool) -> ComparisonDifference? {
        let count = comparison.authorities.count
        let matching = (0..<count).filter(test)
        guard !matching.isEmpty, matching.count < count || count == 1 else { return nil }
        return ComparisonDifference(kind, authorities: matching.map { comparison.authorities[$0].id }, subject: subject, subjectTitle: title)
    }

    var differences: [ComparisonDifference] {
        let periods = comparison.periods, boards = comparison.boards
        var found: [ComparisonDifference?] = [
            some(.periodEnded) { periods[$0].ended == true },
            some(.periodEndNotStated) { periods[$0].period.end == nil },
        ]
        for (index, row) in comparison.principles.enumerated() {
            found.append(some(.principleWithoutItem, subject: row.key, title: framework.principles[index].shortTitle) { row.values[$0] == 0 })
        }
        for row in comparison.prioritiesByDomain {
            found.append(some(.domainWithoutItem, subject: row.key, title: row.title) { row.values[$0].isEmpty })
        }
        found += [
            some(.noBoard) { boards[$0] == nil },
            some(.boardNotInPlace) { boards[$0].map { $0.status != .inPlace } ?? false },
            some(.boardChairNotStated) { boards[$0].map { $0.chair == nil && $0.coChairs.isEmpty && $0.chairsNotInPlace.isEmpty } ?? false },
            some(.boardChairNotInPlace) { boards[$0].map { $0.chair == nil && $0.coChairs.isEmpty && !$0.chairsNotInPlace.isEmpty } ?? false },
            some(.boardMeetingsNotStated) { boards[$0] != nil && boards[$0]?.meetingFrequency == nil },
            some(.youngPersonCoChairsBoard) { boards[$0]?.youngPeopleCoChair == true },
            some(.youngPeopleOnBoard) { boards[$0]?.youngPeopleOnBoard == true },
            some(.youngPeopleOnBoardNotInPlace) { boards[$0].map { $0.youngPeopleStatus != nil && $0.youngPeopleStatus != .inPlace } ?? false },
            some(.noYouthGroup) { comparison.participation[$0].isEmpty },
            some(.youthGroupsNotInPlace) { !comparison.participation[$0].isEmpty && !comparison.participation[$0].contains { $0.status == .inPlace } },
            some(.pledgePromises) { comparison.pledges[$0].contains { $0.promises > 0 } },
            some(.noWorkingGroups) { comparison.workingGroups[$0].isEmpty },
            some(.noTargets) { comparison.targets[$0].isEmpty },
            some(.noStandardMeasures) { comparison.measures.perAuthority[$0].isEmpty },
        ]
        if comparison.authorities.count >= 2 {
            for (index, holders) in holders.enumerated() where holders.count == 1 {
                let measure = framework.measures[index]
                found.append(ComparisonDifference(.onlyOneMonitors, authorities: [comparison.authorities[holders[0]].id],
                                                  subject: measure.id.rawValue, subjectTitle: measure.title))
            }
        }
        return found.compactMap { $0 }
    }
}
