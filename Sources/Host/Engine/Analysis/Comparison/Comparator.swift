import CorporateParenting

/// Compares strategies against one framework.
///
/// A comparator works out the framework's wording once and each strategy's ``ComparisonColumn`` once, so comparing
/// every pair of a thousand strategies only lines columns up:
///
/// ```swift
/// let comparator = Comparator(framework: .standard)
/// let columns = profiles.map(comparator.column)
/// let comparison = comparator.compare([columns[0], columns[1]], asOf: today)
/// ```
public struct Comparator: Sendable {
    /// The framework strategies are compared against.
    public let framework: OutcomeFramework

    /// A comparator for `framework`.
    public init(framework: OutcomeFramework) {
        self.framework = framework
    }

    /// One strategy's side of a comparison.
    public func column(_ profile: PackProfile) -> ComparisonColumn {
        let document = profile.pack.document
        let governance = profile.governance
        let ref = profile.ref
        return ComparisonColumn(
            authority: ref,
            period: document.period, reviewDate: document.reviewDate, status: document.status,
            titlesByDomain: framework.domains.indices.map { index in
                index < 64 ? profile.items.filter { $0.domainMask & 1 << UInt64(index) != 0 }.map(\.title) : []
            },
            principleCounts: framework.principles.map { principle in
                (1...64).contains(principle.number) ? profile.items.filter { $0.principleMask & 1 << UInt64(principle.number - 1) != 0 }.count : 0
            },
            pledges: Self.pledges(profile),
            workingGroups: governance.workingGroups.map {
                GroupFacts(name: $0.value.name, kind: $0.value.kind, status: $0.value.status, chair: GovernanceReading.chair(of: $0.value))
            },
            board: governance.board.map { board in
                BoardFacts(name: board.body.name, status: board.body.status, chair: board.chair, coChairs: board.coChairs,
                           chairsNotInPlace: board.chairsNotInPlace, meetingFrequency: board.body.meets?.wording,
                           meetingsPerYear: board.body.meets?.perYear, youngPeopleOnBoard: board.youngPeople == .inPlace ? true : nil,
                           youngPeopleCoChair: board.youngPersonChair == .inPlace ? true : nil,
                           youngPeopleStatus: board.youngPeople, youngPersonChairStatus: board.youngPersonChair)
            },
            participation: governance.youthGroups.map {
                ParticipationFacts(name: $0.value.name, status: $0.value.status, ageRange: $0.value.ages, meetingFrequency: $0.value.meets?.wording)
            },
            monitors: profile.measures.reduce(into: Array(repeating: false, count: framework.measures.count)) { monitors, measure in
                if let index = measure.catalogueIndex { monitors[index] = true }
            },
            measureCount: profile.measures.count,
            targets: profile.measures.compactMap { profiled in
                profiled.evidence.target.map { TargetFacts(measure: profiled.title, standardMeasure: profiled.evidence.standardMeasure, target: $0) }
            }
        )
    }

    /// The items the document sets out as pledges, each with the promises under it.
    static func pledges(_ profile: PackProfile) -> [PledgeFacts] {
        let index = profile.index
        var promises: [ID<Item>: Int] = [:]
        for action in index.actions where action.value.kind == .promise {
            var current = action.item
            var seen: Set<ID<Item>> = []
            while let id = current, seen.insert(id).inserted {
                promises[id, default: 0] += 1
                current = index.parent(of: id)
            }
        }
        return index.items.filter { $0.value.level == .pledge }.map {
            PledgeFacts(title: $0.value.title, promises: promises[$0.value.id] ?? 0)
        }
    }

    /// The columns side by side, in the order given, judging currency on `asOf`.
    public func compare(_ columns: [ComparisonColumn], asOf: PartialDate) -> Comparison {
        let catalogue = framework.measures
        let holders = catalogue.indices.map { index in columns.indices.filter { columns[$0].monitors[index] } }
        var comparison = Comparison(
            authorities: columns.map(\.authority),
            asOf: asOf,
            periods: columns.map { column in
                PeriodFacts(period: column.period, reviewDate: column.reviewDate, status: column.status,
                            ended: column.period.end.map { $0.latestDay < asOf },
                            reviewPassed: column.reviewDate.map { $0.latestDay < asOf })
            },
            prioritiesByDomain: framework.domains.enumerated().map { index, domain in
                FacetRow(key: domain.id.rawValue, title: domain.title, values: columns.map { $0.titlesByDomain[index] })
            },
            principles: framework.principles.enumerated().map { index, principle in
                FacetRow(key: String(principle.number), title: principle.shortTitle, values: columns.map { $0.principleCounts[index] })
            },
            pledges: columns.map(\.pledges),
            workingGroups: columns.map(\.workingGroups),
            boards: columns.map(\.board),
            participation: columns.map(\.participation),
            measures: MeasureFacts(
                inCommon: catalogue.indices.filter { holders[$0].count == columns.count }.map { catalogue[$0].id },
                onlyOne: columns.count < 2 ? [] : catalogue.indices.compactMap { index in
                    holders[index].count == 1 ? MeasureFacts.OnlyOne(measure: catalogue[index].id, authority: columns[holders[index][0]].authority.id) : nil
                },
                perAuthority: columns.map { column in catalogue.indices.filter { column.monitors[$0] }.map { catalogue[$0].id } },
                totals: columns.map(\.measureCount)
            ),
            targets: columns.map(\.targets),
            differences: []
        )
        comparison.differences = ComparisonDifferences(comparison: comparison, framework: framework, holders: holders).differences
        return comparison
    }
}
