import CorporateParenting

extension Middlesbrough {
    /// "Age Profile of Children in Care at 31/03/2016" and the chart title over its table, "Age profile of looked
    /// after children at year end": one metric per row as printed ("Middlesbrough (number) 15-16"...), a figure per
    /// column (Under 1, 1 to 4, 5 to 9, 10 to 15, 16+). The periods are the rows' "15-16" and "14-15". The row
    /// totals (289 and 300) are not printed, so not recorded. The chart legend lines (188, 190) are axis labels.
    @PackContent static var ageProfile: [Entry] {
        Section("Age Profile of Children in Care at 31/03/2016", line: 184) {
            Section("Age profile of looked after children at year end", line: 186) {
                ageRow("age-profile-number-15-16", "Middlesbrough (number) 15-16", [23, 37, 55, 123, 51], .count, .count, .authority, nil, "15-16")
                ageRow("age-profile-number-14-15", "Middlesbrough (number) 14-15", [15, 47, 66, 119, 53], .count, .count, .authority, nil, "14-15")
                ageRow("age-profile-percent-15-16", "Middlesbrough (%) 15-16", [8, 12.8, 19, 42.6, 17.6], .percent, .share, .authority, nil, "15-16")
                ageRow("age-profile-percent-14-15", "Middlesbrough (%) 14-15", [5, 15.7, 22, 39.7, 17.7], .percent, .share, .authority, nil, "14-15")
                ageRow("age-profile-north-east-15-16", "North East (%) 15-16", [7, 16, 22, 38, 18], .percent, .share, .region, "North East", "15-16")
                ageRow("age-profile-england-15-16", "England (%) 15-16", [5, 13, 20, 39, 23], .percent, .share, .england, nil, "15-16")
                Context("There were higher proportions of children aged 10-15 and under 1 in Middlesbrough than there are nationally as at the end of March 2016.")
            }
        }
    }

    /// The table's columns as printed.
    static let ageColumns = ["Under 1", "1 to 4", "5 to 9", "10 to 15", "16+"]

    /// One row of the age table: its label as printed and a figure per column.
    static func ageRow(_ id: ID<Evidence>, _ label: String, _ values: [Double], _ unit: MeasureUnit, _ kind: FigureKind, _ scope: Scope,
                       _ area: String?, _ period: String) -> Evidence {
        Metric(id, label, purpose: .context, unit: unit, figures: zip(ageColumns, values).map { column, value in
            Figure(value, unit, kind: kind, group: column, scope: scope, area: area, period: period)
        })
    }
}
