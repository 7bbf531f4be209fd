extension OutcomeFramework {
    /// The standard measures of homes and placements: numbers, stability and distance from home.
    static let homesMeasures: [StandardMeasure] = [
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
            topics: ["placement stability", "stability of placement", "stability in placement", "placement move", "moves of placement", "moves between placements", "placement change", "changes of placement", "changes in placement", "placement breakdown", "placement disruption", "three or more placements", "3 or more placements", "multiple placements", "stable placement"],
            dfe: .placementStability(group: "CLA on 31 March", breakdown: "With 3 or more placements during the year")
        ),
        StandardMeasure(
            id: "placement-stability-long-term", title: "Long-term placement stability",
            definition: "Children under 16 looked after continuously for at least 2.5 years who have lived with the same carer for at least 2 years (or are placed for adoption and the two placements together last 2 years), as a percentage of those children.",
            unit: .percent, polarity: .higherIsBetter, domain: .homes,
            topics: ["placement stability", "stability of placement", "stability in placement", "long term stability", "long term placement", "stable placement", "same carer", "placement move", "placement change", "changes of placement", "changes in placement", "placement breakdown", "placement disruption"],
            dfe: .placementStability(
                group: "Children looked after continuously for at least 2.5 years on 31 March aged under 16 years",
                breakdown: "Living with the same carer for at least 2 years"
            )
        ),
        StandardMeasure(
            id: "placed-over-20-miles", title: "Placed more than 20 miles from home",
            definition: "Children looked after on 31 March placed more than 20 miles from home, as a percentage of children looked after on 31 March.",
            unit: .percent, polarity: .lowerIsBetter, domain: .homes,
            topics: ["20 miles", "twenty miles", "out of area", "out of borough", "outside the borough", "outside the county", "outside the local authority", "close to home", "closer to home", "near to home", "nearer to home", "local placement", "placed locally", "placements locally", "in borough placement"],
            dfe: DfEBinding(
                publication: childrenLookedAfter, file: "la_cla_on_31_march_by_characteristics.csv",
                filters: [
                    DfEFilter(column: "characteristic", value: "Distance between home and placement", columnAliases: ["cla_group"]),
                    DfEFilter(column: "breakdown", value: "Placed more than 20 miles from home", columnAliases: ["characteristic"]),
                ],
                valueColumn: "children_percent", valueColumnAliases: ["percentage"],
                note: "Children looked after on 31 March (a stock), not new placements: see new-placements-outside-over-20-miles for the figure of the files here. Its file is not among the DfE files this project checks against, so its labels (as DfE's children's social care dashboard read the 2024 file) are not checked against a 2025 file."
            )
        ),
        StandardMeasure(
            id: "new-placements-outside-over-20-miles", title: "New placements outside the LA boundary more than 20 miles from home",
            definition: "Placements that started during the year (to 31 March) outside the local authority's boundary and more than 20 miles from the child's home, as a percentage of all placements that started during the year (DfE's \"Placed outside LA boundary more than 20 miles from home\", of \"Total new placements\"). Counts placements, not children.",
            unit: .percent, polarity: .lowerIsBetter, domain: .homes,
            topics: ["20 miles", "twenty miles", "out of area", "out of borough", "outside the borough", "outside the county", "outside the local authority", "close to home", "closer to home", "near to home", "nearer to home", "local placement", "placed locally", "placements locally", "in borough placement"],
            dfe: .newPlacements(breakdown: "Placed outside LA boundary more than 20 miles from home")
        ),
        StandardMeasure(
            id: "new-placements-inside-over-20-miles", title: "New placements inside the LA boundary more than 20 miles from home",
            definition: "Placements that started during the year (to 31 March) inside the local authority's boundary but more than 20 miles from the child's home, as a percentage of all placements that started during the year (DfE's \"Placed inside LA boundary more than 20 miles from home\", of \"Total new placements\"). Counts placements, not children.",
            unit: .percent, polarity: .lowerIsBetter, domain: .homes,
            topics: ["20 miles", "twenty miles", "out of area", "out of borough", "outside the borough", "outside the county", "outside the local authority", "close to home", "closer to home", "near to home", "nearer to home", "local placement", "placed locally", "placements locally", "in borough placement"],
            dfe: .newPlacements(breakdown: "Placed inside LA boundary more than 20 miles from home")
        ),
    ]
}
