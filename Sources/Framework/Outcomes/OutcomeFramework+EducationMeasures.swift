extension OutcomeFramework {
    /// The standard measures of education and aspiration: plans, attendance, exclusions, school moves and attainment.
    static let educationMeasures: [StandardMeasure] = [
        StandardMeasure(
            id: "pep-completion", title: "Personal education plans in place",
            definition: "Children looked after of school age with an up-to-date personal education plan, as a percentage of those children. DfE does not publish this by local authority.",
            unit: .percent, polarity: .higherIsBetter, domain: .education,
            topics: ["personal education plan", "pep ", "peps "]
        ),
        StandardMeasure(
            id: "persistent-absence", title: "Persistent absence",
            definition: "Pupils looked after for at least 12 months at 31 March who missed 10% or more of possible sessions across the school year, as a percentage of those pupils.",
            unit: .percent, polarity: .lowerIsBetter, domain: .education,
            topics: ["persistent absence", "persistently absent", "school attendance", "attendance at school", "attendance in school", "improve attendance", "improving attendance", "absence from school"],
            dfe: DfEBinding(
                publication: outcomesForChildrenInNeed,
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
            topics: ["exclusion", "excluded from school", "fixed term exclu", "fixed period exclu", "permanent exclu", "suspension", "suspended from school"],
            dfe: DfEBinding(
                publication: outcomesForChildrenInNeed,
                file: "permanent_exclusions_and_suspensions_la.csv",
                filters: [DfEFilter(column: "social_care_group", value: "CLA 12 months at 31 March")],
                valueColumn: "pt_one_plus_sus",
                note: "Labels from the 2022 layout of the file; not checked against a later file."
            )
        ),
        StandardMeasure(
            id: "school-moves-mid-year", title: "One or more mid-year school moves in the year",
            definition: "Children looked after on 31 March who had one or more mid-year school moves during the year, as a percentage of the children DfE counts for this figure (its \"Total children\" for the group, which is smaller than all children looked after: it counts only children it can follow through the school census).",
            unit: .percent, polarity: .lowerIsBetter, domain: .education,
            topics: ["school move", "change of school", "changes of school", "school changes", "moves of school", "school stability", "stability in education", "stability of education", "same school", "mid year move"],
            dfe: DfEBinding(
                publication: childrenLookedAfter, file: "la_cla_school_moves.csv",
                filters: [
                    DfEFilter(column: "cla_group", value: "CLA on 31 March"),
                    DfEFilter(column: "move_measure", value: "Mid-year moves"),
                    DfEFilter(column: "school_stability", value: "With one or more mid-year moves during the year"),
                ],
                valueColumn: "percentage",
                note: "Labels checked against the file of DfE's children's social care outcomes and enablers dashboard (years 2020 to 2024); the release that publishes it, the exact cohort and the polarity are not confirmed against DfE's methodology or LAIT."
            )
        ),
        StandardMeasure(
            id: "ks2-reading-writing-maths", title: "Key stage 2: expected standard in reading, writing and maths",
            definition: "Pupils looked after continuously for at least 12 months at 31 March who reached the expected standard in reading, writing and maths at the end of key stage 2 (age 11), as a percentage of those pupils eligible for the assessments. Academic years: period 202425 is 2024/25.",
            unit: .percent, polarity: .higherIsBetter, domain: .education,
            topics: ["key stage 2", "ks2", "reading writing and maths", "reading writing and mathematics", "sats ", "attainment", "educational outcomes", "achievement gap"],
            dfe: .attainment(file: "ks2_la.csv", valueColumn: "pt_rwm_met_expected_standard")
        ),
        StandardMeasure(
            id: "ks4-attainment-8", title: "Key stage 4: average Attainment 8 score",
            definition: "Average Attainment 8 score of pupils looked after continuously for at least 12 months at 31 March at the end of key stage 4 (age 16): their grades across eight qualifications, English and maths counting double. Academic years: period 202425 is 2024/25.",
            unit: .score, polarity: .higherIsBetter, domain: .education,
            topics: ["key stage 4", "ks4", "attainment 8", "gcse", "attainment", "educational outcomes", "achievement gap"],
            dfe: .attainment(file: "ks4_la.csv", valueColumn: "avg_att8")
        ),
        StandardMeasure(
            id: "ks4-english-maths-grade-4", title: "Key stage 4: grade 4 or above in English and maths",
            definition: "Pupils looked after continuously for at least 12 months at 31 March who achieved grade 4 or above in both English and maths at the end of key stage 4 (age 16), as a percentage of those pupils. Academic years: period 202425 is 2024/25.",
            unit: .percent, polarity: .higherIsBetter, domain: .education,
            topics: ["key stage 4", "ks4", "gcse", "english and maths", "english and mathematics", "grade 4", "attainment", "educational outcomes", "achievement gap"],
            dfe: .attainment(file: "ks4_la.csv", valueColumn: "pt_l2basics_94")
        ),
        StandardMeasure(
            id: "ks4-progress-8", title: "Key stage 4: average Progress 8 score",
            definition: "Average Progress 8 score of pupils looked after continuously for at least 12 months at 31 March at the end of key stage 4 (age 16): their progress from key stage 2 beside pupils nationally with similar key stage 2 results (0 is the national average). DfE publishes no figure (x) for 2019/20, 2020/21 and 2024/25. Academic years: period 202425 is 2024/25.",
            unit: .score, polarity: .higherIsBetter, domain: .education,
            topics: ["key stage 4", "ks4", "progress 8", "gcse", "attainment", "educational outcomes", "achievement gap"],
            dfe: .attainment(file: "ks4_la.csv", valueColumn: "avg_p8score")
        ),
    ]
}
