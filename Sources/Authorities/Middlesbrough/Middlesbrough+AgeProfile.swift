import CorporateParenting

extension Middlesbrough {
    /// Section 1: the table headed "Age Profile of Children in Care at 31/03/2016" (its chart is titled "Age profile
    /// of looked after children at year end"), with Middlesbrough's numbers and percentages for 14-15 and 15-16 and
    /// the North East's and England's percentages for 15-16.
    @ContentBuilder<PackElement>
    static var localAgeProfile: [PackElement] {
        Section("Section 1") {
            Section("Looked after Children in Middlesbrough") {
                Section("Age Profile of Children in Care at 31/03/2016") {
                    Measure("year-end-age-under-1", "Looked after children at year end aged Under 1", purpose: .context,
                            domain: .homes) {
                        Observation(23, .count, period: "15-16")
                        Observation(15, .count, period: "14-15")
                        Observation(8, .percent, period: "15-16")
                        Observation(5, .percent, period: "14-15")
                        Observation(7, .percent, .region, area: "North East", period: "15-16")
                        Observation(5, .percent, .england, period: "15-16")
                    }
                    Measure("year-end-age-1-4", "Looked after children at year end aged 1 to 4", purpose: .context,
                            domain: .homes) {
                        Observation(37, .count, period: "15-16")
                        Observation(47, .count, period: "14-15")
                        Observation(12.8, .percent, period: "15-16")
                        Observation(15.7, .percent, period: "14-15")
                        Observation(16, .percent, .region, area: "North East", period: "15-16")
                        Observation(13, .percent, .england, period: "15-16")
                    }
                    Measure("year-end-age-5-9", "Looked after children at year end aged 5 to 9", purpose: .context,
                            domain: .homes) {
                        Observation(55, .count, period: "15-16")
                        Observation(66, .count, period: "14-15")
                        Observation(19, .percent, period: "15-16")
                        Observation(22, .percent, period: "14-15")
                        Observation(22, .percent, .region, area: "North East", period: "15-16")
                        Observation(20, .percent, .england, period: "15-16")
                    }
                    Measure("year-end-age-10-15", "Looked after children at year end aged 10 to 15", purpose: .context,
                            domain: .homes) {
                        Observation(123, .count, period: "15-16")
                        Observation(119, .count, period: "14-15")
                        Observation(42.6, .percent, period: "15-16")
                        Observation(39.7, .percent, period: "14-15")
                        Observation(38, .percent, .region, area: "North East", period: "15-16")
                        Observation(39, .percent, .england, period: "15-16")
                    }
                    Measure("year-end-age-16-plus", "Looked after children at year end aged 16+", purpose: .context,
                            domain: .homes) {
                        Observation(51, .count, period: "15-16")
                        Observation(53, .count, period: "14-15")
                        Observation(17.6, .percent, period: "15-16")
                        Observation(17.7, .percent, period: "14-15")
                        Observation(18, .percent, .region, area: "North East", period: "15-16")
                        Observation(23, .percent, .england, period: "15-16")
                    }
                    // "There were higher proportions of children aged 10-15 and under 1 in Middlesbrough than there
                    // are nationally as at the end of March 2016."
                }
            }
        }
    }
}
