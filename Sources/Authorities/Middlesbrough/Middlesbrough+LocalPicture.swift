import CorporateParenting

extension Middlesbrough {
    /// Section 1: Looked after Children in Middlesbrough, from the year-end count to the placement figures.
    @ContentBuilder<PackElement>
    static var localPicture: [PackElement] {
        Section("Section 1") {
            Section("Looked after Children in Middlesbrough") {
                CohortFigure("Looked after Children", 445, asAt: PartialDate(year: 2018, month: 3, day: 31),
                             period: "31st March 2018")
                CohortFigure("Looked after Children", 444, asAt: PartialDate(year: 2017, month: 3, day: 31),
                             period: "31st March 2017")
                Measure("cla-count", "Looked after Children", standard: "cla-count", purpose: .context) {
                    Observation(445, .count, period: "31st March 2018")
                    Observation(444, .count, period: "31st March 2017")
                }
                Measure("cla-rate", "Rate of Looked after Children per 10,000", standard: "cla-rate-per-10k",
                        purpose: .context) {
                    Observation(137, .per10k, period: "31st March 2018",
                                note: "Middlesbrough has the 3rd highest rate of Looked after Children nationally, the 2nd highest compared to our Statistical Neighbours, and 2nd highest in the North East.")
                    Observation(111.4, .per10k, .statisticalNeighbours, period: "31st March 2018",
                                note: "the council's nearest statistical neighbours average")
                    Observation(95, .per10k, .region, area: "North East", period: "31st March 2018")
                    Observation(64, .per10k, .england, period: "31st March 2018")
                    Observation(139, .per10k, .otherAuthority, area: "Hartlepool", period: "31st March 2018")
                    Observation(185, .per10k, .otherAuthority, area: "Blackpool", period: "31st March 2018")
                }
                Measure("cp-plan-rate", "Rate of children who are subject to child protection plans", purpose: .context,
                        unit: .per10k, domain: .safety) {
                    Observation(82.1, .per10k, note: "significantly higher than the national rate")
                    Observation(45.3, .per10k, .england)
                }
                Section("Age profile of Looked After Children as at 31st March 2018") {
                    // "The largest cohort of children in Middlesbrough’s Looked after population are between the
                    // ages of 10 to 15 years." The chart under this heading is not in the text; the only age
                    // profile printed is the 2014-15 and 2015-16 table (see `localAgeProfile`).
                    Measure("cla-aged-10-15", "Children in Middlesbrough’s Looked after population between the ages of 10 to 15 years",
                            unit: .count, domain: .homes) {
                        Target(.decrease, "It is planned that through our refreshed Edge of Care offer targeted at this age range that this cohort will reduce over the coming year and increase sufficiency of placement choice.")
                    }
                }
                Section("Children becoming Looked After") {
                    becomingLookedAfter
                    Measure("white-british", "Children in care who were White British", purpose: .context,
                            unit: .percent, domain: .homes) {
                        Observation(85, .percent, period: "31st March 2018",
                                    note: "10% higher than the picture in England but lower than the North East")
                        Observation(75, .percent, .england)
                        Observation(92, .percent, .region, area: "North East")
                    }
                    Measure("other-ethnic-groups", "Children in care in other ethnic groups", purpose: .context,
                            unit: .percent, domain: .homes) {
                        Observation(15, .percent, period: "31st March 2018",
                                    note: "spread evenly across the other ethnic groups")
                    }
                    Measure("foster-placements", "Looked after Children cared for in foster placements",
                            purpose: .context, unit: .percent, domain: .homes) {
                        Observation(71, .percent, period: "31st March 2018")
                        Observation(77, .percent, .region)
                        Observation(73, .percent, .england)
                    }
                    Measure("placed-with-parents", "Looked after Children placed with parents", purpose: .context,
                            unit: .percent, domain: .homes) {
                        Observation(13, .percent)
                        Observation(6, .percent, .region)
                        Observation(6, .percent, .england)
                    }
                    Measure("long-term-stability",
                            "Children looked after continuously for more than 2.5 years who had been in the same placement for more than 2 years",
                            standard: "placement-stability-long-term", purpose: .context) {
                        Observation(68, .percent, note: "slightly lower than the latest published national rate")
                        Observation(70, .percent, .england, note: "the latest published national rate")
                    }
                    Measure("three-or-more-placements", "Looked after Children who had been in 3 or more placements",
                            standard: "placement-stability-short-term", purpose: .context) {
                        Observation(5, .percent, period: "the last 12 months")
                        Observation(9, .percent, .region)
                        Observation(10, .percent, .england)
                    }
                }
                Section("Children looked after at any point in year - excluding those who receive a series of short term breaks") {
                    // "In addition to the reducing pattern of children being in care at each year end there is also
                    // a local pattern of reducing numbers of children being Looked After at any point." The chart
                    // itself is not in the text.
                    Measure("cla-any-point-in-year", "Children looked after at any point in year", purpose: .context,
                            unit: .count, domain: .homes,
                            definition: "excluding those who receive a series of short term breaks")
                    Measure("uasc-at-year-end", "Unaccompanied asylum seeking children in care at year end",
                            purpose: .context, unit: .count, domain: .homes) {
                        Observation(0, .count, period: "since this was recorded in 2010/11",
                                    note: "Contrary to the national position there have been no unaccompanied asylum seeking children in care at year end since this was recorded in 2010/11.")
                    }
                }
            }
        }
    }

    /// The children who became looked after in 2017/18, as the paragraph under "Children becoming Looked After"
    /// counts them.
    @ContentBuilder<PackElement>
    static var becomingLookedAfter: [PackElement] {
        Measure("became-looked-after", "Children who became Looked After", purpose: .context, unit: .count,
                domain: .homes) {
            Observation(162, .count, period: "2017/18")
            Observation(254, .count, period: "2016/17")
        }
        Measure("became-looked-after-male", "Children becoming looked after who were male", purpose: .context, domain: .homes) {
            Observation(60, .percent, period: "2017/18")
            Observation(98, .count, period: "2017/18")
        }
        Measure("became-looked-after-abuse-neglect", "Children becoming looked after due to Abuse/Neglect",
                purpose: .context, domain: .homes) {
            Observation(62, .percent, period: "2017/18")
            Observation(101, .count, period: "2017/18")
        }
        Measure("became-looked-after-section-20", "Children who became Looked After on a Section 20",
                purpose: .context, domain: .homes) {
            Observation(49, .percent, period: "2017/18")
            Observation(79, .count, period: "2017/18")
        }
        Measure("became-looked-after-interim-care-order", "Children who became Looked After on an Interim Care Order",
                purpose: .context, domain: .homes) {
            Observation(41, .percent, period: "2017/18")
            Observation(66, .count, period: "2017/18")
        }
        Measure("became-looked-after-under-1", "Children being taken into care under 1", purpose: .context, domain: .homes) {
            Observation(22, .percent, period: "2017/18")
            Observation(35, .count, period: "2017/18")
            Observation(24, .percent, .region,
                        note: "an exception to Middlesbrough being higher than both regional and national")
        }
        Measure("became-looked-after-1-4", "Children being taken into care aged 1-4", purpose: .context, domain: .homes) {
            Observation(25, .percent, period: "2017/18")
            Observation(40, .count, period: "2017/18")
        }
        Measure("became-looked-after-5-9", "Children being taken into care aged 5-9", purpose: .context, domain: .homes) {
            Observation(25, .percent, period: "2017/18")
            Observation(41, .count, period: "2017/18")
        }
        Measure("became-looked-after-10-16", "Children being taken into care aged 10-16", purpose: .context, domain: .homes) {
            Observation(24, .percent, period: "2017/18")
            Observation(39, .count, period: "2017/18")
            Observation(25, .percent, .region,
                        note: "an exception to Middlesbrough being higher than both regional and national")
            Observation(28, .percent, .england,
                        note: "an exception to Middlesbrough being higher than both regional and national")
        }
        Measure("became-looked-after-16-plus", "Children being taken into care aged 16+", purpose: .context, domain: .homes) {
            Observation(4, .percent, period: "2017/18", qualifier: "only")
            Observation(7, .count, period: "2017/18")
            Observation(6, .percent, .region,
                        note: "an exception to Middlesbrough being higher than both regional and national")
            Observation(18, .percent, .england,
                        note: "an exception to Middlesbrough being higher than both regional and national")
        }
    }
}
