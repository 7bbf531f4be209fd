extension OutcomeFramework {
    /// The standard measures of leaving care and adulthood: care leavers' activity, accommodation and contact.
    static let adulthoodMeasures: [StandardMeasure] = [
        StandardMeasure(
            id: "care-leavers-eet-17-18", title: "Care leavers aged 17-18 in education, employment or training",
            definition: "Care leavers now aged 17 or 18 in education, employment or training, as a percentage of care leavers of that age.",
            unit: .percent, polarity: .higherIsBetter, domain: .adulthood,
            topics: ["education employment or training", "education employment and training", "education employment and or training", "employment education or training", "employment education and training", "education training or employment", "education training and employment", "neet ", "not in education", "employment and training", "employment or training", "apprenticeship", "traineeship", "work experience", "employability", "further education", "higher education", "university"],
            dfe: .careLeavers(file: "la_care_leavers_activity.csv", age: .seventeenToEighteen, breakdown: "Total in education, employment or training", breakdownAlias: "activity")
        ),
        StandardMeasure(
            id: "care-leavers-eet-19-21", title: "Care leavers aged 19-21 in education, employment or training",
            definition: "Care leavers now aged 19 to 21 in education, employment or training, as a percentage of care leavers of that age.",
            unit: .percent, polarity: .higherIsBetter, domain: .adulthood,
            topics: ["education employment or training", "education employment and training", "education employment and or training", "employment education or training", "employment education and training", "education training or employment", "education training and employment", "neet ", "not in education", "employment and training", "employment or training", "apprenticeship", "traineeship", "work experience", "employability", "further education", "higher education", "university"],
            dfe: .careLeavers(file: "la_care_leavers_activity.csv", age: .nineteenToTwentyOne, breakdown: "Total in education, employment or training", breakdownAlias: "activity")
        ),
        StandardMeasure(
            id: "care-leavers-suitable-accommodation-17-18", title: "Care leavers aged 17-18 in suitable accommodation",
            definition: "Care leavers now aged 17 or 18 whose accommodation is considered suitable, as a percentage of care leavers of that age.",
            unit: .percent, polarity: .higherIsBetter, domain: .adulthood,
            topics: ["suitable accommodation", "accommodation for care leavers", "care leavers accommodation", "care leaver accommodation", "housing", "supported accommodation", "supported lodgings", "homeless", "tenancy", "tenancies", "independent living", "semi independent", "staying put", "staying close"],
            dfe: .careLeavers(file: "la_care_leavers_accommodation_suitability.csv", age: .seventeenToEighteen, breakdown: "Accommodation considered suitable", breakdownAlias: "accommodation_suitability")
        ),
        StandardMeasure(
            id: "care-leavers-suitable-accommodation-19-21", title: "Care leavers aged 19-21 in suitable accommodation",
            definition: "Care leavers now aged 19 to 21 whose accommodation is considered suitable, as a percentage of care leavers of that age.",
            unit: .percent, polarity: .higherIsBetter, domain: .adulthood,
            topics: ["suitable accommodation", "accommodation for care leavers", "care leavers accommodation", "care leaver accommodation", "housing", "supported accommodation", "supported lodgings", "homeless", "tenancy", "tenancies", "independent living", "semi independent", "staying put", "staying close"],
            dfe: .careLeavers(file: "la_care_leavers_accommodation_suitability.csv", age: .nineteenToTwentyOne, breakdown: "Accommodation considered suitable", breakdownAlias: "accommodation_suitability")
        ),
        StandardMeasure(
            id: "care-leavers-activity-not-known-17-18", title: "Care leavers aged 17-18 whose activity is not known",
            definition: "Care leavers now aged 17 or 18 whose activity (education, employment, training or none) is recorded as not known, as a percentage of care leavers of that age (DfE's \"Total information not known\"). This is not DfE's measure of care leavers the authority is not in touch with, which it publishes separately.",
            unit: .percent, polarity: .lowerIsBetter, domain: .adulthood,
            topics: ["in touch", "keep in contact", "keeping in contact", "stay in contact", "staying in contact", "activity not known", "personal adviser", "personal advisor"],
            dfe: .careLeavers(
                file: "la_care_leavers_activity.csv", age: .seventeenToEighteen, breakdown: "Total information not known", breakdownAlias: "activity",
                note: "Polarity (lower is better) is this catalogue's reading: a figure not known is a gap in the authority's knowledge; not confirmed against LAIT."
            )
        ),
        StandardMeasure(
            id: "care-leavers-activity-not-known-19-21", title: "Care leavers aged 19-21 whose activity is not known",
            definition: "Care leavers now aged 19 to 21 whose activity (education, employment, training or none) is recorded as not known, as a percentage of care leavers of that age (DfE's \"Total information not known\"). This is not DfE's measure of care leavers the authority is not in touch with, which it publishes separately.",
            unit: .percent, polarity: .lowerIsBetter, domain: .adulthood,
            topics: ["in touch", "keep in contact", "keeping in contact", "stay in contact", "staying in contact", "activity not known", "personal adviser", "personal advisor"],
            dfe: .careLeavers(
                file: "la_care_leavers_activity.csv", age: .nineteenToTwentyOne, breakdown: "Total information not known", breakdownAlias: "activity",
                note: "Polarity (lower is better) is this catalogue's reading: a figure not known is a gap in the authority's knowledge; not confirmed against LAIT."
            )
        ),
        StandardMeasure(
            id: "care-leavers-in-touch", title: "Care leavers aged 19-21 in touch with the local authority",
            definition: "Care leavers now aged 19 to 21 with whom the local authority is in touch, as a percentage of care leavers of that age.",
            unit: .percent, polarity: .higherIsBetter, domain: .adulthood,
            topics: ["in touch", "keep in contact", "keeping in contact", "stay in contact", "staying in contact", "activity not known", "personal adviser", "personal advisor"],
            dfe: DfEBinding(
                publication: childrenLookedAfter, file: "la_care_leavers_intouch.csv",
                filters: [
                    .careLeaverAge(.nineteenToTwentyOne),
                    DfEFilter(column: "breakdown", value: "Local authority in touch with care leaver", columnAliases: ["in_touch"]),
                ],
                valueColumn: "care_leaver_percent", valueColumnAliases: ["percentage"],
                note: "DfE publishes this in its own file, which is not among the DfE files this project checks against (the activity file's \"Total information not known\" is a different figure: see care-leavers-activity-not-known-19-21). Labels from the 2022 layout of the file; not checked against a 2025 file."
            )
        ),
        StandardMeasure(
            id: "staying-put", title: "Care leavers staying put",
            definition: "Young people who ceased to be looked after on their 18th birthday while in foster care and stayed with their former foster carers, as a percentage of those young people.",
            unit: .percent, polarity: .higherIsBetter, domain: .adulthood,
            topics: ["staying put", "stay put", "staying close", "remain with their foster carer", "remain with foster carer", "stay with their foster carer", "stay with foster carer", "stay with their former foster carer"]
        ),
    ]
}
