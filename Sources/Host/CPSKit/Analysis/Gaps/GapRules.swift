import CorporateParenting

/// Every gap rule, in the order `cps gaps` reports them.
public enum GapRuleRegistry {
    /// The rules.
    public static var rules: [any GapRule.Type] {
        [
            PrincipleUnservedRule.self,
            DomainWithoutMeasureRule.self,
            PriorityWithoutMeasureRule.self,
            MeasureWithoutTargetRule.self,
            PeriodNotStatedRule.self,
            PeriodEndedRule.self,
            ReviewDatePassedRule.self,
            GovernanceNotStatedRule.self,
            InconsistencyRule.self,
        ]
    }

    /// Every gap in a strategy, in rule order.
    public static func gaps(in context: GapContext) -> [Gap] {
        rules.flatMap { $0.init().gaps(in: context) }
    }
}

/// A statutory principle no priority or objective serves.
struct PrincipleUnservedRule: GapRule {
    static let description = GapRuleDescription(
        id: "principle-unserved", severity: .warning,
        summary: "A corporate parenting principle that no priority or objective serves."
    )

    func gaps(in context: GapContext) -> [Gap] {
        let served = context.profile.principlesServed
        return context.framework.principles.filter { !served.contains($0.number) }.map {
            gap(String($0.number), "No priority serves principle \($0.number), \"\($0.text)\".")
        }
    }
}

/// An outcome domain with no measure behind it.
struct DomainWithoutMeasureRule: GapRule {
    static let description = GapRuleDescription(
        id: "domain-without-measure", severity: .warning,
        summary: "An outcome domain no measure evidences."
    )

    func gaps(in context: GapContext) -> [Gap] {
        let measured = Set(context.profile.measures.flatMap(\.domains))
        return context.framework.domains.filter { !measured.contains($0.id) }.map { domain in
            let served = context.profile.domainsServed.contains(domain.id)
            return gap(domain.id.rawValue, "No measure evidences the \(domain.title.lowercased()) domain"
                + (served ? ", though priorities serve it." : ", and no priority serves it."))
        }
    }
}

/// A priority or objective with no measure.
struct PriorityWithoutMeasureRule: GapRule {
    static let description = GapRuleDescription(
        id: "priority-without-measure", severity: .info,
        summary: "A priority or objective with no measure set under it."
    )

    func gaps(in context: GapContext) -> [Gap] {
        context.profile.items.filter { $0.measureCount == 0 }.map {
            gap($0.id, "\($0.isPriority ? "Priority" : "Objective") \"\($0.title)\" has no measure.")
        }
    }
}

/// A measure the strategy monitors with neither a target nor a baseline.
struct MeasureWithoutTargetRule: GapRule {
    static let description = GapRuleDescription(
        id: "measure-without-target", severity: .info,
        summary: "A measure the strategy monitors that has neither a target nor a baseline."
    )

    func gaps(in context: GapContext) -> [Gap] {
        context.profile.measures.filter { $0.measure.purpose == .monitor && $0.measure.target == nil && $0.measure.baseline == nil }.map {
            gap($0.measure.id, "The measure \"\($0.measure.title)\" has neither a target nor a baseline.")
        }
    }
}

/// A strategy whose period is not stated.
struct PeriodNotStatedRule: GapRule {
    static let description = GapRuleDescription(
        id: "period-not-stated", severity: .warning,
        summary: "The document does not state when the strategy starts or ends."
    )

    func gaps(in context: GapContext) -> [Gap] {
        let period = context.profile.pack.strategy.period
        var gaps: [Gap] = []
        if period.start == nil { gaps.append(gap("strategy.period.start", "The document does not state when the strategy starts.")) }
        if period.end == nil { gaps.append(gap("strategy.period.end", "The document does not state when the strategy ends.")) }
        return gaps
    }
}

/// A strategy whose period has ended.
struct PeriodEndedRule: GapRule {
    static let description = GapRuleDescription(
        id: "period-ended", severity: .warning,
        summary: "The strategy's period has ended on the date of the check."
    )

    func gaps(in context: GapContext) -> [Gap] {
        guard let end = context.profile.pack.strategy.period.end, end.latestDay < context.asOf else { return [] }
        return [gap("strategy.period.end", "The strategy's period ended in \(end), before \(context.asOf).")]
    }
}

/// A strategy whose review date has passed.
struct ReviewDatePassedRule: GapRule {
    static let description = GapRuleDescription(
        id: "review-date-passed", severity: .warning,
        summary: "The strategy's review date has passed on the date of the check."
    )

    func gaps(in context: GapContext) -> [Gap] {
        guard let review = context.profile.pack.strategy.reviewDate, review.latestDay < context.asOf else { return [] }
        return [gap("strategy.reviewDate", "The strategy was due for review in \(review), before \(context.asOf).")]
    }
}

/// Governance facts the document never states.
struct GovernanceNotStatedRule: GapRule {
    static let description = GapRuleDescription(
        id: "governance-not-stated", severity: .warning,
        summary: "A governance fact the document never states: the board, its chair, how often it meets, whether young people sit on it, youth groups' ages."
    )

    func gaps(in context: GapContext) -> [Gap] {
        let governance = context.profile.pack.governance
        guard let board = governance.board else {
            return [gap("governance.board", "The document describes no corporate parenting board.")]
                + participationGaps(governance.participation)
        }
        var gaps: [Gap] = []
        if board.chair == nil && board.coChairs.isEmpty { gaps.append(gap("governance.board.chair", "The document does not say who chairs the \(board.name).")) }
        if board.meetingFrequency == nil { gaps.append(gap("governance.board.meetingFrequency", "The document does not say how often the \(board.name) meets.")) }
        if board.youngPeopleOnBoard == nil { gaps.append(gap("governance.board.youngPeopleOnBoard", "The document does not say whether young people sit on the \(board.name).")) }
        return gaps + participationGaps(governance.participation)
    }

    func participationGaps(_ groups: [ParticipationGroup]) -> [Gap] {
        guard !groups.isEmpty else { return [gap("governance.participation", "The document names no youth participation group.")] }
        return groups.filter { $0.ageRange == nil }.map { gap($0.id, "The document does not give the ages \"\($0.name)\" covers.") }
    }
}

/// A place where the document contradicts itself.
struct InconsistencyRule: GapRule {
    static let description = GapRuleDescription(
        id: "inconsistency", severity: .info,
        summary: "A place where the document contradicts itself (recorded in the pack)."
    )

    func gaps(in context: GapContext) -> [Gap] {
        context.profile.pack.inconsistencies.map { gap("inconsistencies", "The document contradicts itself: \($0.topic.lowercasingFirst()).") }
    }
}
