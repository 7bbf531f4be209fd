import CorporateParenting

extension Middlesbrough {
    /// "Children becoming Looked After" (lines 162-174): entries to care in 2017/18, the comparison with the region
    /// and England by age, ethnicity, and placements at 31 March 2018.
    ///
    /// The age bands "10-16" and "16+" overlap as printed. The comparison sentence (line 167) and the age-band
    /// sentence print no period. "10% higher than the picture in England (75%)" is the gap between 85% and 75%:
    /// printed as "%", recorded as a change in percentage points. The local long-term stability figure (68%) is
    /// not the catalogue measure (no age limit, "more than" not "at least"), so it is not bound to it.
    @PackContent static var becomingLookedAfter: [Entry] {
        Section("Children becoming Looked After", id: "children-becoming-looked-after", line: 162) {
            Metric("became-looked-after", "162 children became Looked After in Middlesbrough during 2017/18, a reduction on 2016/17 when the number was 254.",
                   purpose: .context, figures: [
                       Figure(162, .count, kind: .count, group: "children became Looked After", period: "2017/18"),
                       Figure(254, .count, kind: .count, group: "children became Looked After", period: "2016/17"),
                   ])
            Metric("became-looked-after-male", "60% of children becoming looked after during 2017/18 were male (98)",
                   purpose: .context, figures: [
                       Figure(60, .percent, kind: .share, group: "male", period: "2017/18"),
                       Figure(98, .count, kind: .count, group: "male", period: "2017/18"),
                   ])
            Metric("became-looked-after-abuse-neglect", "62% were due to Abuse/Neglect (101)",
                   purpose: .context, figures: [
                       Figure(62, .percent, kind: .share, group: "due to Abuse/Neglect", period: "2017/18"),
                       Figure(101, .count, kind: .count, group: "due to Abuse/Neglect", period: "2017/18"),
                   ])
            Metric("became-looked-after-section-20", "49% (79) became Looked After on a Section 20",
                   purpose: .context, figures: [
                       Figure(49, .percent, kind: .share, group: "on a Section 20", period: "2017/18"),
                       Figure(79, .count, kind: .count, group: "on a Section 20", period: "2017/18"),
                   ])
            Metric("became-looked-after-interim-care-order", "41% (66) on an Interim Care Order",
                   purpose: .context, figures: [
                       Figure(41, .percent, kind: .share, group: "on an Interim Care Order", period: "2017/18"),
                       Figure(66, .count, kind: .count, group: "on an Interim Care Order", period: "2017/18"),
                   ])
            Metric("became-looked-after-by-age", "There is a fairly even spread across age ranges of children being taken into care; 22% (35) were under 1, 25% (40) were aged 1-4, 25% (41) aged 5-9, and 24% (39) aged 10-16, with only 4% (7) aged 16+.",
                   purpose: .context, figures: [
                       Figure(22, .percent, kind: .share, group: "under 1"),
                       Figure(35, .count, kind: .count, group: "under 1"),
                       Figure(25, .percent, kind: .share, group: "aged 1-4"),
                       Figure(40, .count, kind: .count, group: "aged 1-4"),
                       Figure(25, .percent, kind: .share, group: "aged 5-9"),
                       Figure(41, .count, kind: .count, group: "aged 5-9"),
                       Figure(24, .percent, kind: .share, group: "aged 10-16"),
                       Figure(39, .count, kind: .count, group: "aged 10-16"),
                       Figure(4, .percent, kind: .share, group: "aged 16+", qualifier: "only"),
                       Figure(7, .count, kind: .count, group: "aged 16+"),
                   ])
            Metric("became-looked-after-by-age-comparison", "Middlesbrough is higher than both regional and national in all age brackets, with the exceptions of under 1 year old regionally (24%), 10-16 both regionally and nationally (25% and 28% respectively), and 16+ both regionally and nationally (6% and 18% respectively)",
                   purpose: .context, figures: [
                       Figure(24, .percent, kind: .share, group: "under 1 year old", scope: .region),
                       Figure(25, .percent, kind: .share, group: "10-16", scope: .region),
                       Figure(28, .percent, kind: .share, group: "10-16", scope: .england),
                       Figure(6, .percent, kind: .share, group: "16+", scope: .region),
                       Figure(18, .percent, kind: .share, group: "16+", scope: .england),
                   ])
            Metric("white-british", "85% of children in care on 31st March 2018 were White British, with the remaining 15% spread evenly across the other ethnic groups. The percentage of White British is 10% higher than the picture in England (75%) but lower than the North East (92%).",
                   purpose: .context, figures: [
                       Figure(85, .percent, kind: .share, group: "White British", period: "31st March 2018"),
                       Figure(15, .percent, kind: .share, group: "the other ethnic groups", period: "31st March 2018",
                              text: "spread evenly across the other ethnic groups"),
                       Figure(10, .percentagePoints, kind: .change, group: "White British", text: "10% higher than the picture in England"),
                       Figure(75, .percent, kind: .share, group: "White British", scope: .england),
                       Figure(92, .percent, kind: .share, group: "White British", scope: .region, area: "North East"),
                   ])
            Metric("foster-placements", "71% of all Looked after Children at 31st March 2018 were cared for in foster placements, compared to 77% regionally and 73% nationally.",
                   purpose: .context, domain: .homes, figures: [
                       Figure(71, .percent, kind: .share, group: "cared for in foster placements", period: "31st March 2018"),
                       Figure(77, .percent, kind: .share, group: "cared for in foster placements", scope: .region),
                       Figure(73, .percent, kind: .share, group: "cared for in foster placements", scope: .england),
                   ])
            Metric("placed-with-parents", "In contrast to the regional (6%) and national (6%) picture 13% were placed with parents.",
                   purpose: .context, domain: .homes, figures: [
                       Figure(6, .percent, kind: .share, group: "placed with parents", scope: .region),
                       Figure(6, .percent, kind: .share, group: "placed with parents", scope: .england),
                       Figure(13, .percent, kind: .share, group: "placed with parents"),
                   ])
            Metric("long-term-stability", "68% of children looked after continuously for more than 2.5 years had been in the same placement for more than 2 years, which is slightly lower than the latest published national rate of 70%.",
                   purpose: .context, domain: .homes, figures: [
                       Figure(68, .percent, kind: .share, group: "children looked after continuously for more than 2.5 years",
                              text: "slightly lower than the latest published national rate"),
                       Figure(70, .percent, kind: .share, scope: .england, text: "the latest published national rate"),
                   ])
            Metric("three-or-more-placements", "5% had been in 3 or more placements in the last 12 months, compared to 9% regionally, and 10% nationally.",
                   purpose: .context, standard: "placement-stability-short-term", figures: [
                       Figure(5, .percent, kind: .share, period: "in the last 12 months"),
                       Figure(9, .percent, kind: .share, scope: .region),
                       Figure(10, .percent, kind: .share, scope: .england),
                   ])
            // Contradicts the "steady increase" of line 150 (see the inconsistencies); the chart it may describe
            // (line 176) is not in the text.
            Context("In addition to the reducing pattern of children being in care at each year end there is also a local pattern of reducing numbers of children being Looked After at any point.")
        }
    }
}
