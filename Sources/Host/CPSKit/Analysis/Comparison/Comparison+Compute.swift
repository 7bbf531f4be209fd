import CorporateParenting

extension Comparison {
    /// Compares profiles in the order given, judging currency on `asOf`.
    public init(_ profiles: [PackProfile], asOf: PartialDate, framework: OutcomeFramework) {
        let comparator = Comparator(framework: framework)
        self = comparator.compare(profiles.map(comparator.column), asOf: asOf)
    }
}
