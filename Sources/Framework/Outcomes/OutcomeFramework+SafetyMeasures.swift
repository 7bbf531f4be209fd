extension OutcomeFramework {
    /// The standard measures of safety and protection: going missing and convictions.
    static let safetyMeasures: [StandardMeasure] = [
        StandardMeasure(
            id: "missing-incident", title: "Missing incident during the year",
            definition: "Children looked after during the year who had a missing incident, as a percentage of children looked after during the year.",
            unit: .percent, polarity: .lowerIsBetter, domain: .safety,
            topics: ["go missing", "goes missing", "going missing", "gone missing", "went missing", "missing from care", "missing from home", "missing episode", "missing incident", "return home interview", "return interview", "run away", "running away", "runaway"],
            dfe: DfEBinding(
                publication: childrenLookedAfter,
                file: "la_children_who_were_missing_or_away_from_placement_without_authorisation.csv",
                filters: [DfEFilter(column: "missing_status", value: "Percentage of children who had a missing incident during the year")],
                valueColumn: "number",
                note: "Label from the layout before 2025; DfE publishes these as Official Statistics and warns against comparing authorities."
            )
        ),
        StandardMeasure(
            id: "convictions", title: "Convictions or youth cautions (ages 10-17)",
            definition: "Children aged 10 to 17 looked after for at least 12 months who were convicted or subject to a youth caution or youth conditional caution during the year, as a percentage of those children.",
            unit: .percent, polarity: .lowerIsBetter, domain: .safety,
            topics: ["conviction", "criminalis", "criminaliz", "offending", "youth caution", "custody"],
            dfe: .health(
                group: "Convictions: Children looked after Ages 10 to 17 years",
                breakdown: "Convicted or subject to youth cautions, or youth conditional cautions during the year"
            )
        ),
    ]
}
