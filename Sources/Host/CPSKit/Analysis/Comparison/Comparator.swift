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
    /// "has no priority serving principle 1 (welfare and well-being)", one per principle.
    let principleGaps: [String]
    /// "has no priority in the homes and placements domain", one per domain.
    let domainGaps: [String]
    /// "tracks placement stability ... (placement-stability-short-term)", one per standard measure.
    let measureNames: [String]

    /// A comparator for `framework`.
    public init(framework: OutcomeFramework) {
        self.framework = framework
        principleGaps = framework.principles.map { "has no priority serving principle \($0.number) (\($0.shortTitle.lowercased()))" }
        domainGaps = framework.domains.map { "has no priority in the \($0.title.lowercased()) domain" }
        measureNames = framework.measures.map { "\($0.title.lowercased()) (\($0.id.rawValue))" }
    }

    /// One strategy's side of a comparison.
    public func column(_ profile: PackProfile) -> ComparisonColumn {
        let pack = profile.pack
        let ref = profile.ref
        return ComparisonColumn(
            authority: ref, shortName: ref.shortName,
            period: pack.strategy.period, reviewDate: pack.strategy.reviewDate, status: pack.strategy.status,
            titlesByDomain: framework.domains.indices.map { index in
                index < 64 ? profile.items.filter { $0.domainMask & 1 << UInt64(index) != 0 }.map(\.title) : []
            },
            principleCounts: framework.principles.map { principle in
                (1...64).contains(principle.number) ? profile.items.filter { $0.principleMask & 1 << UInt64(principle.number - 1) != 0 }.count : 0
            },
            pledges: pack.pledges.map { PledgeFacts(title: $0.title, promises: $0.promises.count) },
            workingGroups: pack.workingGroups.map { GroupFacts(name: $0.name, kind: $0.kind, chair: $0.chair) },
            board: pack.governance.board.map {
                BoardFacts(name: $0.name, chair: $0.chair, coChairs: $0.coChairs, meetingFrequency: $0.meetingFrequency,
                           meetingsPerYear: $0.meetingsPerYear, youngPeopleOnBoard: $0.youngPeopleOnBoard,
                           youngPeopleCoChair: $0.youngPeopleCoChair)
            },
            participation: pack.governance.participation.map { ParticipationFacts(name: $0.name, ageRange: $0.ageRange, meetingFrequency: $0.meetingFrequency) },
            tracks: profile.measures.reduce(into: Array(repeating: false, count: framework.measures.count)) { tracks, measure in
                if let index = measure.catalogueIndex { tracks[index] = true }
            },
            measureCount: profile.measures.count,
            targets: profile.measures.compactMap { profiled in
                profiled.measure.target.map { TargetFacts(measure: profiled.measure.title, standardMeasure: profiled.measure.standardMeasure, target: $0) }
            }
        )
    }

    /// The columns side by side, in the order given, judging currency on `asOf`.
    public func compare(_ columns: [ComparisonColumn], asOf: PartialDate) -> Comparison {
        let catalogue = framework.measures
        let holders = catalogue.indices.map { index in columns.indices.filter { columns[$0].tracks[index] } }
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
                perAuthority: columns.map { column in catalogue.indices.filter { column.tracks[$0] }.map { catalogue[$0].id } },
                totals: columns.map(\.measureCount)
            ),
            targets: columns.map(\.targets),
            differences: []
        )
        comparison.differences = ComparisonDifferences(comparison, names: columns.map(\.shortName), comparator: self, holders: holders).sentences
        return comparison
    }
}
