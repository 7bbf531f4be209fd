/// Every validation rule, in the order `cps validate --rules` lists them.
///
/// A new rule is a type in `Validation/Rules/` and a line here; its description's example is its test.
public enum RuleRegistry {
    /// The rules.
    public static var rules: [any ValidationRule.Type] {
        [
            UnsupportedSchemaVersionRule.self,
            SchemaVersion1Rule.self,
            InvalidIDRule.self,
            DuplicateIDRule.self,
            DuplicateKeyRule.self,
            UnknownKeyRule.self,
            EmptyTextRule.self,
            NoItemsRule.self,
            NoPrincipleRule.self,
            UnknownPrincipleRule.self,
            NoDomainRule.self,
            UnknownDomainRule.self,
            UnknownStandardMeasureRule.self,
            UnresolvedReferenceRule.self,
            EmptyReportingLineRule.self,
            StatedMappingUnquotedRule.self,
            InvalidPeriodRule.self,
            PercentageOutOfRangeRule.self,
            EmptyTargetRule.self,
            UnknownUnitRule.self,
            InvalidAgeRangeRule.self,
            ImplausibleMeetingsRule.self,
            InvalidCodeRule.self,
            UnknownAuthorityCodeRule.self,
            AuthorityMismatchRule.self,
            UnknownRegionRule.self,
            ToBeCompletedRule.self,
            DraftEntryRule.self,
            UnfilledPackRule.self,
        ]
    }

    /// The descriptions of every rule.
    public static var descriptions: [CheckDescription] { rules.map { $0.description } }
}
