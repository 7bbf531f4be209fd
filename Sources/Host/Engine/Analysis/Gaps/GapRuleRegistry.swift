import CorporateParenting

/// Every gap rule, in the order `cps gaps --rules` lists them and ties of severity are reported in.
///
/// A new rule is a type in `Analysis/Gaps/Rules/` and a line here; its description's examples are its test.
public enum GapRuleRegistry {
    /// The rules.
    public static var rules: [any GapRule.Type] {
        [
            PrincipleUnservedRule.self,
            DomainUnservedRule.self,
            DomainWithoutMeasureRule.self,
            NoPledgeRule.self,
            NoLocalOfferRule.self,
            PeriodNotStatedRule.self,
            PeriodEndedRule.self,
            NoReviewDateRule.self,
            ReviewDatePassedRule.self,
            GovernanceNotStatedRule.self,
            GovernanceUnresolvedRule.self,
            ActionWithoutOwnerRule.self,
            PriorityWithoutMeasureRule.self,
            MeasureWithoutTargetRule.self,
            InconsistencyRule.self,
            PartialCaptureRule.self,
        ]
    }

    /// The descriptions of every rule.
    public static var descriptions: [CheckDescription] { rules.map { $0.description } }

    /// Every gap in a strategy: errors, then warnings, then info, each in rule order.
    public static func gaps(in context: GapContext) -> [Gap] {
        let found = rules.flatMap { $0.init().gaps(in: context) }
        return Severity.allCases.reversed().flatMap { severity in found.filter { $0.severity == severity } }
    }
}
