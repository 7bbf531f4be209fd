extension OutcomeFramework {
    /// The catalogue of standard measures, with their DfE bindings where DfE publishes them.
    ///
    /// Polarity follows DfE's Local Authority Interactive Tool. Bindings name the 2025 release's columns and labels
    /// with the older names they have carried; a binding not checked against a 2025 file says so in its note.
    public static let standardMeasures: [StandardMeasure] = [
        StandardMeasure(
            id: "cla-rate-per-10k", title: "Children looked after per 10,000",
            definition: "Children looked after on 31 March per 10,000 children under 18.",
            unit: .per10k, polarity: .neutral, domain: .homes,
            dfe: .claNumbers(valueColumn: "rate_per_10000", aliases: [])
        ),
        StandardMeasure(
            id: "cla-count", title: "Children looked after",
            definition: "Number of children looked after on 31 March.",
            unit: .count, polarity: .neutral, domain: .homes,
            dfe: .claNumbers(valueColumn: "children_count", aliases: ["number"])
        ),
        StandardMeasure(
            id: "placement-stability-short-term", title: "Three or more placements in the year",
            definition: "Children looked after on 31 March with 3 or more placements during the year, as a percentage of all children looked after on 31 March. Placements of 24 hours or more count; short breaks are excluded.",
            unit: .percent, polarity: .lowerIsBetter, domain: .homes,
            dfe: .placementStability(group: "CLA on 31 March", breakdown: "With 3 or more placements during the year")
        ),
        StandardMeasure(
            id: "placement-stability-long-term", title: "Long-term placement stability",
            definition: "Children under 16 looked after continuously for at least 2.5 years who have lived with the same carer for at least 2 years (or are placed for adoption and the two placements together last 2 years), as a percentage of those children.",
            unit: .percent, polarity: .higherIsBetter, domain: .homes,
            dfe: .placementStability(
                group: "Children looked after continuously for at least 2.5 years on 31 March aged under 16 years",
                breakdown: "Living with the same carer for at least 2 years"
            )
        ),
        StandardMeasure(
            id: "placed-over-20-miles", title: "Placed more than 20 miles from home",
            definition: "Children looked after on 31 March placed more than 20 miles from home, as a percentage of children looked after on 31 March.",
            unit: .percent, polarity: .lowerIsBetter, domain: .homes,
            dfe: DfEBinding(
                publication: childrenLookedAfter, file: "la_cla_on_31_march_by_characteristics.csv",
                filters: [
                    DfEFilter(column: "characteristic", value: "Distance between home and placement", columnAliases: ["cla_group"]),
                    DfEFilter(column: "breakdown", value: "Placed more than 20 miles from home", columnAliases: ["characteristic"]),
                ],
                valueColumn: "children_percent", valueColumnAliases: ["percentage"],
                note: "Labels as DfE's children's social care dashboard reads the 2024 file; not checked against a 2025 file."
            )
        ),
        StandardMeasure(
            id: "care-leavers-eet-17-18", title: "Care leavers aged 17-18 in education, employment or training",
            definition: "Care leavers now aged 17 or 18 in education, employment or training, as a percentage of care leavers of that age.",
            unit: .percent, polarity: .higherIsBetter, domain: .adulthood,
            dfe: .careLeavers(file: "la_care_leavers_activity.csv", age: .seventeenToEighteen, breakdown: "Total in education, employment or training", breakdownAlias: "activity")
        ),
        StandardMeasure(
            id: "care-leavers-eet-19-21", title: "Care leavers aged 19-21 in education, employment or training",
            definition: "Care leavers now aged 19 to 21 in education, employment or training, as a percentage of care leavers of that age.",
            unit: .percent, polarity: .higherIsBetter, domain: .adulthood,
            dfe: .careLeavers(file: "la_care_leavers_activity.csv", age: .nineteenToTwentyOne, breakdown: "Total in education, employment or training", breakdownAlias: "activity")
        ),
        StandardMeasure(
            id: "care-leavers-suitable-accommodation-17-18", title: "Care leavers aged 17-18 in suitable accommodation",
            definition: "Care leavers now aged 17 or 18 whose accommodation is considered suitable, as a percentage of care leavers of that age.",
            unit: .percent, polarity: .higherIsBetter, domain: .adulthood,
            dfe: .careLeavers(file: "la_care_leavers_accommodation_suitability.csv", age: .seventeenToEighteen, breakdown: "Accommodation considered suitable", breakdownAlias: "accommodation_suitability")
        ),
        StandardMeasure(
            id: "care-leavers-suitable-accommodation-19-21", title: "Care leavers aged 19-21 in suitable accommodation",
            definition: "Care leavers now aged 19 to 21 whose accommodation is considered suitable, as a percentage of care leavers of that age.",
            unit: .percent, polarity: .higherIsBetter, domain: .adulthood,
            dfe: .careLeavers(file: "la_care_leavers_accommodation_suitability.csv", age: .nineteenToTwentyOne, breakdown: "Accommodation considered suitable", breakdownAlias: "accommodation_suitability")
        ),
        StandardMeasure(
            id: "care-leavers-in-touch", title: "Care leavers aged 19-21 in touch with the local authority",
            definition: "Care leavers now aged 19 to 21 with whom the local authority is in touch, as a percentage of care leavers of that age.",
            unit: .percent, polarity: .higherIsBetter, domain: .adulthood,
            dfe: DfEBinding(
                publication: childrenLookedAfter, file: "la_care_leavers_intouch.csv",
                filters: [
                    .careLeaverAge(.nineteenToTwentyOne),
                    DfEFilter(column: "breakdown", value: "Local authority in touch with care leaver", columnAliases: ["in_touch"]),
                ],
                valueColumn: "care_leaver_percent", valueColumnAliases: ["percentage"],
                note: "Labels from the 2022 layout of the file; not checked against a 2025 file."
            )
        ),
        StandardMeasure(
            id: "staying-put", title: "Care leavers staying put",
            definition: "Young people who ceased to be looked after on their 18th birthday while in foster care and stayed with their former foster carers, as a percentage of those young people.",
            unit: .percent, polarity: .higherIsBetter, domain: .adulthood
        ),
        StandardMeasure(
            id: "health-assessment", title: "Annual health assessment",
            definition: "Children looked after for at least 12 months at 31 March whose annual health assessment was up to date, as a percentage of those children.",
            unit: .percent, polarity: .higherIsBetter, domain: .health,
            dfe: .health(group: "Health assessments: Children looked after all ages", breakdown: "Had their annual health assessment")
        ),
        StandardMeasure(
            id: "dental-check", title: "Dental check",
            definition: "Children looked after for at least 12 months at 31 March who had their teeth checked by a dentist, as a percentage of those children.",
            unit: .percent, polarity: .higherIsBetter, domain: .health,
            dfe: .health(group: "Health assessments: Children looked after all ages", breakdown: "Had their teeth checked by a dentist")
        ),
        StandardMeasure(
            id: "immunisations", title: "Immunisations up to date",
            definition: "Children looked after for at least 12 months at 31 March whose immunisations were up to date, as a percentage of those children.",
            unit: .percent, polarity: .higherIsBetter, domain: .health,
            dfe: .health(group: "Health assessments: Children looked after all ages", breakdown: "Had their immunisations up to date")
        ),
        StandardMeasure(
            id: "development-assessment", title: "Development assessments up to date (ages 0-4)",
            definition: "Children aged 0 to 4 looked after for at least 12 months at 31 March whose development assessments were up to date, as a percentage of those children.",
            unit: .percent, polarity: .higherIsBetter, domain: .health,
            dfe: .health(group: "Development assessments: Children looked after ages 0 to 4 years", breakdown: "Development assessments up to date")
        ),
        StandardMeasure(
            id: "sdq-average", title: "Average SDQ score",
            definition: "Average Strengths and Difficulties Questionnaire score (0-40; 14-16 borderline, 17+ a cause for concern) of children aged 5 to 16 looked after for at least 12 months with a score.",
            unit: .score, polarity: .lowerIsBetter, domain: .health,
            dfe: .health(group: "Ages 5 to 16 years with SDQ score", breakdown: "SDQ average score", valueColumn: "children_count", aliases: ["number"])
        ),
        StandardMeasure(
            id: "sdq-completion", title: "SDQ completed",
            definition: "Children aged 5 to 16 looked after for at least 12 months for whom an SDQ score was received, as a percentage of those children.",
            unit: .percent, polarity: .higherIsBetter, domain: .health,
            dfe: .health(group: "Ages 5 to 16 years with SDQ score", breakdown: "SDQ score was received")
        ),
        StandardMeasure(
            id: "missing-incident", title: "Missing incident during the year",
            definition: "Children looked after during the year who had a missing incident, as a percentage of children looked after during the year.",
            unit: .percent, polarity: .lowerIsBetter, domain: .safety,
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
            dfe: .health(
                group: "Convictions: Children looked after Ages 10 to 17 years",
                breakdown: "Convicted or subject to youth cautions, or youth conditional cautions during the year"
            )
        ),
        StandardMeasure(
            id: "pep-completion", title: "Personal education plans in place",
            definition: "Children looked after of school age with an up-to-date personal education plan, as a percentage of those children. DfE does not publish this by local authority.",
            unit: .percent, polarity: .higherIsBetter, domain: .education
        ),
        StandardMeasure(
            id: "persistent-absence", title: "Persistent absence",
            definition: "Pupils looked after for at least 12 months at 31 March who missed 10% or more of possible sessions across the school year, as a percentage of those pupils.",
            unit: .percent, polarity: .lowerIsBetter, domain: .education,
            dfe: DfEBinding(
                publication: "Outcomes for children in need, including children looked after by local authorities in England",
                file: "absence_la.csv",
                filters: [
                    DfEFilter(column: "social_care_group", value: "CLA 12 months at 31 March"),
                    DfEFilter(column: "absence_terms", value: "six half terms", columnAliases: ["year_breakdown"], valueAliases: ["Six half terms"]),
                    DfEFilter(column: "phase_type_grouping", value: "Total", columnAliases: ["school_type"]),
                ],
                valueColumn: "pt_pupils_pa_10_exact",
                note: "Labels as DfE's children's social care dashboard reads the 2025 file; not checked against the file here."
            )
        ),
        StandardMeasure(
            id: "school-exclusion", title: "At least one suspension",
            definition: "Pupils looked after for at least 12 months at 31 March with at least one suspension (fixed-period exclusion) in the school year, as a percentage of those pupils.",
            unit: .percent, polarity: .lowerIsBetter, domain: .education,
            dfe: DfEBinding(
                publication: "Outcomes for children in need, including children looked after by local authorities in England",
                file: "permanent_exclusions_and_suspensions_la.csv",
                filters: [DfEFilter(column: "social_care_group", value: "CLA 12 months at 31 March")],
                valueColumn: "pt_one_plus_sus",
                note: "Labels from the 2022 layout of the file; not checked against a later file."
            )
        ),
    ]

    static let childrenLookedAfter = "Children looked after in England including adoptions"
}

/// The two care leaver age bands DfE publishes, with their older labels.
enum CareLeaverAge {
    case seventeenToEighteen, nineteenToTwentyOne

    var label: String { self == .seventeenToEighteen ? "17 to 18 years" : "19 to 21 years" }
    var olderLabel: String { self == .seventeenToEighteen ? "Aged 17 to 18" : "Aged 19 to 21" }
}

extension DfEFilter {
    static func careLeaverAge(_ age: CareLeaverAge) -> DfEFilter {
        DfEFilter(column: "care_leaver_age", value: age.label, columnAliases: ["age"], valueAliases: [age.olderLabel])
    }
}

extension DfEBinding {
    static func claNumbers(valueColumn: String, aliases: [String]) -> DfEBinding {
        DfEBinding(
            publication: OutcomeFramework.childrenLookedAfter, file: "cla_number_and_rate_per_10k_children.csv",
            filters: [
                DfEFilter(
                    column: "population_type", value: "Children looked after on 31 March each year",
                    columnAliases: ["population_count"], valueAliases: ["Children looked after at 31 March each year"]
                ),
            ],
            valueColumn: valueColumn, valueColumnAliases: aliases
        )
    }

    static func placementStability(group: String, breakdown: String) -> DfEBinding {
        DfEBinding(
            publication: OutcomeFramework.childrenLookedAfter, file: "la_cla_placement_stability.csv",
            filters: [
                DfEFilter(column: "cla_group", value: group),
                DfEFilter(column: "placement_stability", value: breakdown, columnAliases: ["characteristic"]),
            ],
            valueColumn: "children_percent", valueColumnAliases: ["percentage"]
        )
    }

    static func careLeavers(file: String, age: CareLeaverAge, breakdown: String, breakdownAlias: String) -> DfEBinding {
        DfEBinding(
            publication: OutcomeFramework.childrenLookedAfter, file: file,
            filters: [.careLeaverAge(age), DfEFilter(column: "breakdown", value: breakdown, columnAliases: [breakdownAlias])],
            valueColumn: "care_leaver_percent", valueColumnAliases: ["percentage"]
        )
    }

    static func health(group: String, breakdown: String, valueColumn: String = "children_percent", aliases: [String] = ["percentage"]) -> DfEBinding {
        DfEBinding(
            publication: OutcomeFramework.childrenLookedAfter, file: "la_conviction_health_outcome_cla.csv",
            filters: [
                DfEFilter(column: "characteristic", value: group, columnAliases: ["cla_group"]),
                DfEFilter(column: "breakdown", value: breakdown, columnAliases: ["characteristic"]),
            ],
            valueColumn: valueColumn, valueColumnAliases: aliases
        )
    }
}
