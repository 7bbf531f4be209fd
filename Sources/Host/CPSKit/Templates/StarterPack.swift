import CorporateParenting

/// The packs `cps init` writes: every principle and domain present as a prompt to fill, the standard measures
/// offered, or another council's structure with its content cleared. Every prompt starts "TO BE COMPLETED", which
/// `cps validate` reports as a warning until it is replaced.
enum StarterPack {
    /// A prompt for what belongs in a field.
    static func prompt(_ what: String) -> String { "\(ToBeCompletedRule.marker): \(what)" }

    /// A source to be completed.
    static let source = prompt("the section of your document this comes from")

    /// A starter with one priority per domain, each offering the domain's standard measures.
    static func blank(_ identity: AuthorityIdentity, framework: OutcomeFramework) -> AuthorityPack {
        var pack = identity.emptyPack()
        pack.strategy = strategy()
        pack.priorities = framework.domains.enumerated().map { index, domain in
            let measures = framework.measures.filter { $0.domain == domain.id }.map { standard in
                Measure(id: standard.id.rawValue, title: standard.title, standardMeasure: standard.id, unit: standard.unit, source: source)
            }
            return Priority(
                id: domain.id.rawValue, number: index + 1,
                title: prompt("your priority for \(domain.title.lowercased())"),
                aim: Statement(prompt("what this priority aims for"), source: source),
                principles: domain.principles, domains: [domain.id],
                commitments: [Commitment(text: prompt("what you will do"), source: source)],
                outcomes: [Outcome(id: "\(domain.id.rawValue)-outcome-1", statement: prompt("what success will look like"), measures: measures, source: source)],
                source: source
            )
        }
        pack.pledges = [Pledge(id: "pledge", title: prompt("your pledge or promise's name"), promises: [Promise(text: prompt("a promise"), source: source)], source: source)]
        pack.workingGroups = [WorkingGroup(id: "working-group", name: prompt("a working group's name"), chair: prompt("who chairs it"), priorities: ["voice"], source: source)]
        pack.governance = Governance(
            board: Board(name: "Corporate Parenting Board", chair: prompt("who chairs the board"), meetingFrequency: prompt("how often it meets"), source: source),
            participation: [ParticipationGroup(id: "children-in-care-council", name: prompt("your Children in Care Council's name"), source: source)]
        )
        return pack
    }

    /// Another pack's structure (its priorities, outcomes, measures, pledges, groups and their links) with every
    /// text replaced by a prompt and every figure, target, chair and age cleared.
    static func structure(of original: AuthorityPack, _ identity: AuthorityIdentity, framework: OutcomeFramework) -> AuthorityPack {
        var pack = identity.emptyPack()
        pack.strategy = strategy()
        pack.priorities = original.priorities.map { item in
            Priority(id: item.id, number: item.number, title: prompt("priority \(item.number.map(String.init) ?? item.id)'s title"),
                     aim: item.aim.map { _ in Statement(prompt("what this priority aims for"), source: source) },
                     principles: item.principles, domains: item.domains,
                     commitments: item.commitments.map { Commitment(text: prompt("a commitment"), kind: $0.kind, source: source) },
                     outcomes: item.outcomes.map { cleared($0, framework) }, measures: item.measures.map { cleared($0, framework) },
                     source: source)
        }
        pack.objectives = original.objectives.map { item in
            Objective(id: item.id, number: item.number, title: prompt("objective \(item.number.map(String.init) ?? item.id)'s title"),
                      priority: item.priority, principles: item.principles, domains: item.domains,
                      commitments: item.commitments.map { Commitment(text: prompt("a commitment"), kind: $0.kind, source: source) },
                      outcomes: item.outcomes.map { cleared($0, framework) }, measures: item.measures.map { cleared($0, framework) },
                      source: source)
        }
        pack.measures = original.measures.map { cleared($0, framework) }
        pack.pledges = original.pledges.map { pledge in
            Pledge(id: pledge.id, title: prompt("the pledge's name"), promises: pledge.promises.map { _ in Promise(text: prompt("a promise"), source: source) }, source: source)
        }
        pack.workingGroups = original.workingGroups.map { group in
            WorkingGroup(id: group.id, name: prompt("the group's name"), kind: group.kind, chair: group.chair.map { _ in prompt("who chairs it") },
                         priorities: group.priorities, source: source)
        }
        pack.governance = Governance(
            board: original.governance.board.map { _ in Board(name: "Corporate Parenting Board", chair: prompt("who chairs the board"), meetingFrequency: prompt("how often it meets"), source: source) },
            participation: original.governance.participation.map { ParticipationGroup(id: $0.id, name: prompt("the group's name"), partOf: $0.partOf.map { _ in prompt("the group it is part of") }, source: source) }
        )
        return pack
    }

    static func strategy() -> Strategy {
        Strategy(title: prompt("the strategy's title"), vision: Statement(prompt("your vision for children in care and care leavers"), source: source), source: source)
    }

    static func cleared(_ outcome: Outcome, _ framework: OutcomeFramework) -> Outcome {
        Outcome(id: outcome.id, statement: prompt("what success will look like"), measures: outcome.measures.map { cleared($0, framework) }, source: source)
    }

    static func cleared(_ measure: Measure, _ framework: OutcomeFramework) -> Measure {
        let standard = measure.standardMeasure.flatMap { framework.measure($0) }
        return Measure(id: measure.id, title: standard?.title ?? prompt("the measure"), standardMeasure: standard?.id, purpose: measure.purpose,
                       unit: standard?.unit ?? measure.unit, domain: measure.domain, source: source)
    }
}
