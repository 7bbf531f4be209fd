extension DfEBinding {
    /// A series of the numbers and rates of children looked after on 31 March.
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

    /// A placement stability series.
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

    /// One row of the location of new placements during the year, as a percentage of all new placements.
    static func newPlacements(breakdown: String) -> DfEBinding {
        DfEBinding(
            publication: OutcomeFramework.childrenLookedAfter, file: "la_cla_during_year_new_placements.csv",
            filters: [
                DfEFilter(column: "characteristic", value: "Location of new placements during the year"),
                DfEFilter(column: "breakdown", value: breakdown),
            ],
            valueColumn: "children_percent", valueColumnAliases: ["percentage"],
            note: "Labels checked against the file for 2021 to 2025; polarity (lower is better) is not confirmed against LAIT."
        )
    }

    /// A care leavers' series (activity or accommodation) for one age band.
    static func careLeavers(file: String, age: CareLeaverAge, breakdown: String, breakdownAlias: String, note: String? = nil) -> DfEBinding {
        DfEBinding(
            publication: OutcomeFramework.childrenLookedAfter, file: file,
            filters: [.careLeaverAge(age), DfEFilter(column: "breakdown", value: breakdown, columnAliases: [breakdownAlias])],
            valueColumn: "care_leaver_percent", valueColumnAliases: ["percentage"], note: note
        )
    }

    /// A series of the health, development, SDQ and convictions file.
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

    /// A key stage 2 or 4 attainment column for children looked after for 12 months at 31 March. The files hold
    /// one row (Final or Revised, in `version`) per area and academic year, so no version filter is needed.
    static func attainment(file: String, valueColumn: String) -> DfEBinding {
        DfEBinding(
            publication: OutcomeFramework.outcomesForChildrenInNeed, file: file,
            filters: [DfEFilter(column: "social_care_group", value: "CLA 12 months at 31 March")],
            valueColumn: valueColumn,
            note: "Academic years 2018/19 to 2024/25 (time periods 201819 to 202425); each year has one row, marked Final or Revised in the file's version column."
        )
    }

    /// A column of the social work workforce indicators file, which has no filter columns: one row per area and
    /// year.
    static func workforce(valueColumn: String) -> DfEBinding {
        DfEBinding(
            publication: OutcomeFramework.socialWorkWorkforce, file: "csww_indicators_2017_to_2025.csv",
            filters: [], valueColumn: valueColumn,
            note: "Years 2017 to 2025, each at or to 30 September; the full-time equivalent columns, as DfE headlines them. Polarity (lower is better) is this catalogue's reading; not confirmed against LAIT."
        )
    }
}
