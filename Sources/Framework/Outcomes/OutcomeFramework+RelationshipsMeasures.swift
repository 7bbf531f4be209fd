extension OutcomeFramework {
    /// The standard measures of relationships and identity: changes of social worker.
    static let relationshipsMeasures: [StandardMeasure] = [
        StandardMeasure(
            id: "three-or-more-social-workers", title: "Three or more social workers in the year",
            definition: "Children looked after on 31 March who had 3 or more social workers during the year, as a percentage of children looked after on 31 March.",
            unit: .percent, polarity: .lowerIsBetter, domain: .relationships,
            topics: ["change of social worker", "changes of social worker", "changes in social worker", "social worker changes", "same social worker", "consistent social worker", "consistency of social worker", "continuity of social worker", "three or more social workers"],
            dfe: DfEBinding(
                publication: childrenLookedAfter, file: "la_cla_swcount.csv",
                filters: [
                    DfEFilter(column: "cla_group", value: "CLA on 31 March"),
                    DfEFilter(column: "sw_stability", value: "3 or more social workers during the year"),
                ],
                valueColumn: "percentage",
                note: "DfE first published this for 2024; the file here holds 2024 only. Polarity (lower is better) is not confirmed against LAIT."
            )
        ),
    ]
}
