extension DfEFilter {
    /// The care leaver age band filter, with its older column name and label.
    static func careLeaverAge(_ age: CareLeaverAge) -> DfEFilter {
        DfEFilter(column: "care_leaver_age", value: age.label, columnAliases: ["age"], valueAliases: [age.olderLabel])
    }
}
