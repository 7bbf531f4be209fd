import CorporateParenting

extension Middlesbrough {
    /// "Looked After Children: The National Picture" and its sub-heading "Placements during the Year". Every figure
    /// is England's (the section is the national picture), quoted as context; periods only as printed.
    ///
    /// Domains: the placement figures are homes (judged); the counts of children, their sex and age are a picture
    /// of the cohort, not of an outcome, so they have no domain unless a catalogue measure gives one.
    @PackContent static var nationalPicture: [Entry] {
        Section("Looked After Children: The National Picture", line: 132) {
            Context("The number of Looked after Children nationally has continued to rise; increasing steadily over the last eight years.")
            Metric("england-cla-count", "There were 75,420 Looked after Children as at 31st March 2018, an increase of 4% compared to 31 March 2017 and an increase of 13% compared to 2011.",
                   purpose: .context, standard: "cla-count", figures: [
                       Figure(75420, .count, kind: .count, group: "Looked after Children", scope: .england, period: "as at 31st March 2018"),
                       Figure(4, .percent, kind: .change, group: "Looked after Children", scope: .england, period: "compared to 31 March 2017"),
                       Figure(13, .percent, kind: .change, group: "Looked after Children", scope: .england, period: "compared to 2011"),
                   ])
            // "the same proportion as last year": a relation in words, no year and no figure printed.
            Metric("england-foster-placements", "In 2017/18 the number of children in foster care continued to rise; of the 75,420 Looked After Children at 31st March 2018, 55,200 (73%) were cared for in foster placements – the same proportion as last year.",
                   purpose: .context, domain: .homes, figures: [
                       Figure(55200, .count, kind: .count, group: "cared for in foster placements", scope: .england, period: "at 31st March 2018"),
                       Figure(73, .percent, kind: .share, group: "cared for in foster placements", scope: .england, period: "at 31st March 2018",
                              text: "the same proportion as last year"),
                   ])
            Metric("england-cla-by-sex", "At 31st March 2018, 56% of children Looked After are male, 44% female and these proportions have varied little over recent years.",
                   purpose: .context, figures: [
                       Figure(56, .percent, kind: .share, group: "male", scope: .england, period: "At 31st March 2018"),
                       Figure(44, .percent, kind: .share, group: "female", scope: .england, period: "At 31st March 2018"),
                   ])
            Context("The age profile has continued to change over the last four years, with a steady increase in the number and proportion of older children.")
            // One 6% is printed; "the same in 2017/18" is kept in the figure's words, not as a second figure.
            Metric("england-cla-by-age", "62% of children Looked after were aged 10 years and over in 2017/18 compared with 56% in 2012. There has been a reduction in the number and proportion of children aged 1-4 years (from 18% of the Looked After population in 2011/12 to 13% in 2017/18), while the number and proportion of children aged under 1 year has remained the same (6% in 2011/12 and the same in 2017/18).",
                   purpose: .context, figures: [
                       Figure(62, .percent, kind: .share, group: "aged 10 years and over", scope: .england, period: "2017/18"),
                       Figure(56, .percent, kind: .share, group: "aged 10 years and over", scope: .england, period: "2012"),
                       Figure(18, .percent, kind: .share, group: "children aged 1-4 years", scope: .england, period: "2011/12"),
                       Figure(13, .percent, kind: .share, group: "children aged 1-4 years", scope: .england, period: "2017/18"),
                       Figure(6, .percent, kind: .share, group: "children aged under 1 year", scope: .england, period: "2011/12",
                              text: "6% in 2011/12 and the same in 2017/18"),
                   ])
            Section("Placements during the Year", line: 143) {
                // The catalogue's long-term stability measure word for word (under 16, at least 2.5 years, at
                // least two years or placed for adoption). National by the section heading only.
                Metric("england-long-term-stability", "Of all Looked after Children aged under 16 at 31st March 2018 who had been in care for a continuous period of at least 2.5 years, 70% had been in the same placement for at least two years or were placed for adoption.",
                       purpose: .context, standard: "placement-stability-long-term", figures: [
                           Figure(70, .percent, kind: .share,
                                  group: "Looked after Children aged under 16 at 31st March 2018 who had been in care for a continuous period of at least 2.5 years",
                                  scope: .england, period: "31st March 2018"),
                       ])
                // "during the Year" is the heading's; with it this is the catalogue's short-term stability measure.
                Metric("england-three-or-more-placements", "Of all Looked after Children at 31st March 2018 10% had had three or more placements.",
                       purpose: .context, standard: "placement-stability-short-term", figures: [
                           Figure(10, .percent, kind: .share, group: "Looked after Children", scope: .england, period: "at 31st March 2018",
                                  text: "had had three or more placements"),
                       ])
            }
        }
    }
}
