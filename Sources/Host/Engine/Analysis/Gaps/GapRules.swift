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

extension GapContext {
    /// The levels of the strategy's items as the document names them: "outcomes or objectives"; "items" for none.
    var levels: String {
        let names = profile.levelNames
        return names.isEmpty ? "items" : names.joined(separator: " or ")
    }
}

/// A statutory principle no item serves.
struct PrincipleUnservedRule: GapRule {
    static let description = GapRuleDescription(
        id: "principle-unserved", severity: .warning,
        summary: "A corporate parenting principle that none of the strategy's items (its priorities, outcomes, themes, pledges, objectives...) serves."
    )

    func gaps(in context: GapContext) -> [Gap] {
        let served = context.profile.principlesServed
        let local = context.profile.index.localPrinciples
        return context.framework.principles.filter { !served.contains($0.number) }.map { principle in
            let mapped = local.filter { $0.value.mappings.contains { $0.principles.contains(PrincipleNumber(rawValue: principle.number)) } }
            let also = mapped.isEmpty ? ""
                : ", though the council's own principle \(mapped.map { "\"\($0.value.name)\"" }.joined(separator: " and ")) maps to it"
            return gap(String(principle.number), context.none("None of the strategy's \(context.levels) serves principle \(principle.number), \"\(principle.text)\"\(also)"))
        }
    }
}

/// An outcome domain no monitored metric evidences.
struct DomainWithoutMeasureRule: GapRule {
    static let description = GapRuleDescription(
        id: "domain-without-measure", severity: .warning,
        summary: "An outcome domain no metric the strategy monitors evidences (figures quoted as context do not count)."
    )

    func gaps(in context: GapContext) -> [Gap] {
        let measured = Set(context.profile.measures.flatMap(\.domains))
        return context.framework.domains.filter { !measured.contains($0.id) }.map { domain in
            let served = context.profile.domainsServed.contains(domain.id)
            let quoted = context.profile.quoted.filter { $0.domains.contains(domain.id) }.count
            let asContext = quoted == 0 ? "" : " (it quotes \(quoted == 1 ? "a figure" : "\(quoted) figures") in it as context only)"
            return gap(domain.id.rawValue, context.none("No metric the strategy monitors evidences the \(domain.title.lowercased()) domain\(asContext)"
                + (served ? ", though its \(context.levels) serve it" : ", and none of its \(context.levels) serves it")))
        }
    }
}

/// An item with no metric the strategy monitors under it.
struct PriorityWithoutMeasureRule: GapRule {
    static let description = GapRuleDescription(
        id: "priority-without-measure", severity: .info,
        summary: "An item (priority, outcome, theme, pledge, objective...) with no metric the strategy monitors set under it."
    )

    func gaps(in context: GapContext) -> [Gap] {
        context.profile.items.filter { $0.measureCount == 0 }.map { item in
            let other = item.otherEvidence == 0 ? ""
                : ", though it names \(item.otherEvidence) other evidence of success (deliverables, statements or standards)"
            let cut = item.cutOff ? "; the capture cuts it off, so one may not be captured" : ""
            return gap(item.id, "\(item.named) has no metric the strategy monitors\(other)\(cut).")
        }
    }
}

/// A metric the strategy monitors with neither a target nor a baseline.
struct MeasureWithoutTargetRule: GapRule {
    static let description = GapRuleDescription(
        id: "measure-without-target", severity: .info,
        summary: "A metric the strategy monitors that has neither a target nor a baseline (never asked of figures quoted as context, statements, deliverables or standards)."
    )

    func gaps(in context: GapContext) -> [Gap] {
        context.profile.measures.filter { $0.evidence.target == nil && $0.evidence.baseline == nil }.map {
            let cut = $0.evidence.cutOff == true ? "; the capture cuts it off, so they may not be captured" : ""
            return gap($0.id, "The metric \"\($0.title)\" has neither a target nor a baseline\(cut).")
        }
    }
}
