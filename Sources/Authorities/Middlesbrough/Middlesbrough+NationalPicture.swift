import CorporateParenting

extension Middlesbrough {
    /// Section 1: Looked After Children: The National Picture.
    @ContentBuilder<PackElement>
    static var nationalPicture: [PackElement] {
        Section("Section 1") {
            Section("Looked After Children: The National Picture") {
                Measure("england-cla-count", "Looked after Children nationally", standard: "cla-count", purpose: .context) {
                    Observation(75420, .count, .england, period: "31st March 2018")
                }
                Measure("england-cla-increase", "Increase in the number of Looked after Children nationally",
                        purpose: .context, unit: .percent, domain: .homes) {
                    Observation(4, .percent, .england, period: "31st March 2018 compared to 31 March 2017")
                    Observation(13, .percent, .england, period: "31st March 2018 compared to 2011")
                }
                Measure("england-foster-placements", "Looked After Children cared for in foster placements",
                        purpose: .context, domain: .homes) {
                    Observation(55200, .count, .england, period: "31st March 2018")
                    Observation(73, .percent, .england, period: "31st March 2018",
                                note: "the same proportion as last year")
                }
                Measure("england-cla-male", "Children Looked After who are male", purpose: .context, unit: .percent,
                        domain: .homes) {
                    Observation(56, .percent, .england, period: "31st March 2018",
                                note: "these proportions have varied little over recent years")
                }
                Measure("england-cla-female", "Children Looked After who are female", purpose: .context,
                        unit: .percent, domain: .homes) {
                    Observation(44, .percent, .england, period: "31st March 2018",
                                note: "these proportions have varied little over recent years")
                }
                Measure("england-cla-aged-10-plus", "Children Looked after aged 10 years and over", purpose: .context,
                        unit: .percent, domain: .homes) {
                    Observation(62, .percent, .england, period: "2017/18")
                    Observation(56, .percent, .england, period: "2012")
                }
                Measure("england-cla-aged-1-4", "Children aged 1-4 years as a proportion of the Looked After population",
                        purpose: .context, unit: .percent, domain: .homes) {
                    Observation(18, .percent, .england, period: "2011/12")
                    Observation(13, .percent, .england, period: "2017/18")
                }
                Measure("england-cla-aged-under-1", "Children aged under 1 year as a proportion of the Looked After population",
                        purpose: .context, unit: .percent, domain: .homes) {
                    Observation(6, .percent, .england, period: "2011/12")
                    Observation(6, .percent, .england, period: "2017/18")
                }
                Section("Placements during the Year") {
                    Measure("england-long-term-stability",
                            "Looked after Children aged under 16 in care for a continuous period of at least 2.5 years who had been in the same placement for at least two years or were placed for adoption",
                            standard: "placement-stability-long-term", purpose: .context) {
                        Observation(70, .percent, .england, period: "31st March 2018")
                    }
                    Measure("england-three-or-more-placements", "Looked after Children who had had three or more placements",
                            standard: "placement-stability-short-term", purpose: .context) {
                        Observation(10, .percent, .england, period: "31st March 2018")
                    }
                }
            }
        }
    }
}
