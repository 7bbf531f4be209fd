import CorporateParenting

extension Comparison {
    /// Compares profiles in the order given, judging currency on `asOf`.
    public init(_ profiles: [PackProfile], asOf: PartialDate, framework: OutcomeFramework) {
        self.asOf = asOf
        authorities = profiles.map(\.ref)
        periods = profiles.map { profile in
            let strategy = profile.pack.strategy
            return PeriodFacts(
                period: strategy.period, reviewDate: strategy.reviewDate, status: strategy.status,
                ended: strategy.period.end.map { $0.latestDay < asOf },
                reviewPassed: strategy.reviewDate.map { $0.latestDay < asOf }
            )
        }
        prioritiesByDomain = framework.domains.map { domain in
            FacetRow(key: domain.id.rawValue, title: domain.title, values: profiles.map { profile in
                profile.items.filter { $0.domains.contains(domain.id) }.map(\.title)
            })
        }
        principles = framework.principles.map { principle in
            FacetRow(key: String(principle.number), title: principle.shortTitle, values: profiles.map { profile in
                profile.items.filter { $0.principles.contains(principle.number) }.count
            })
        }
        pledges = profiles.map { $0.pack.pledges.map { PledgeFacts(title: $0.title, promises: $0.promises.count) } }
        workingGroups = profiles.map { $0.pack.workingGroups.map { GroupFacts(name: $0.name, kind: $0.kind, chair: $0.chair) } }
        boards = profiles.map { profile in
            profile.pack.governance.board.map {
                BoardFacts(name: $0.name, chair: $0.chair, coChairs: $0.coChairs, meetingFrequency: $0.meetingFrequency,
                           meetingsPerYear: $0.meetingsPerYear, youngPeopleOnBoard: $0.youngPeopleOnBoard,
                           youngPeopleCoChair: $0.youngPeopleCoChair)
            }
        }
        participation = profiles.map { profile in
            profile.pack.governance.participation.map { ParticipationFacts(name: $0.name, ageRange: $0.ageRange, meetingFrequency: $0.meetingFrequency) }
        }
        let tracked = profiles.map { $0.standardMeasures }
        let catalogueOrder = framework.measures.map(\.id)
        measures = MeasureFacts(
            inCommon: catalogueOrder.filter { id in tracked.allSatisfy { $0.contains(id) } },
            onlyOne: profiles.count < 2 ? [] : catalogueOrder.compactMap { id in
                let holders = profiles.indices.filter { tracked[$0].contains(id) }
                return holders.count == 1 ? MeasureFacts.OnlyOne(measure: id, authority: profiles[holders[0]].pack.id) : nil
            },
            perAuthority: tracked.map { set in catalogueOrder.filter(set.contains) },
            totals: profiles.map(\.measures.count)
        )
        targets = profiles.map { profile in
            profile.measures.compactMap { profiled in
                profiled.measure.target.map { TargetFacts(measure: profiled.measure.title, standardMeasure: profiled.measure.standardMeasure, target: $0) }
            }
        }
        differences = []
        differences = ComparisonDifferences(self, framework: framework).sentences
    }
}
