import CorporateParenting

extension Middlesbrough {
    /// "Looked after Children in Middlesbrough" and its sub-headings (two chart captions whose charts are not in the
    /// text, "Children becoming Looked After", and the 2016 age table). Every figure is quoted as context.
    ///
    /// Periods are given only where the sentence prints one: the rates of line 150 print none (the date belongs
    /// to the count sentence before them), nor does the age-band sentence of line 164. The ranks ("3rd highest
    /// ... nationally", "2nd highest") have no figure kind and stay in the text.
    @PackContent static var localPicture: [Entry] {
        Section("Looked after Children in Middlesbrough", id: "looked-after-children-in-middlesbrough", line: 148) {
            Context("The position locally in Middlesbrough is similar to that seen nationally, with a steady increase in numbers since 2010/11.")
            Metric("cla-count", "As at the 31st March 2018 there were 445 Looked after Children, up slightly from 444 at the 31st March 2017.",
                   purpose: .context, standard: "cla-count", figures: [
                       Figure(445, .count, kind: .count, group: "Looked after Children", period: "31st March 2018"),
                       Figure(444, .count, kind: .count, group: "Looked after Children", period: "31st March 2017"),
                   ])
            // The unit of 95 and 64 is implied by "(137 per 10,000)".
            Metric("cla-rate", "The rate (137 per 10,000) remains higher than the council's nearest statistical neighbours average (111.4 per 10,000), the North East (95) and England (64).",
                   purpose: .context, standard: "cla-rate-per-10k", figures: [
                       Figure(137, .per10k, kind: .rate),
                       Figure(111.4, .per10k, kind: .rate, scope: .statisticalNeighbours, text: "the council's nearest statistical neighbours average"),
                       Figure(95, .per10k, kind: .rate, scope: .region, area: "North East"),
                       Figure(64, .per10k, kind: .rate, scope: .england),
                   ])
            Metric("cla-rate-rank", "Middlesbrough has the 3rd highest rate of Looked after Children nationally, after Hartlepool (139), and Blackpool (185).",
                   purpose: .context, standard: "cla-rate-per-10k", figures: [
                       Figure(139, .per10k, kind: .rate, scope: .otherAuthority, area: "Hartlepool"),
                       Figure(185, .per10k, kind: .rate, scope: .otherAuthority, area: "Blackpool"),
                   ])
            Context("Middlesbrough has the 2nd highest rate of Looked after Children compared to our Statistical Neighbours, and 2nd highest in the North East.")
            // Children in need of protection, not the looked after cohort: safety (judged).
            Metric("cp-plan-rate", "The level of Looked after Children needs to be considered in the context of the number of children who are subject to child protection plans with a rate of 82.1 per 10,000 which is significantly higher than the national rate of 45.3 per 10,000",
                   purpose: .context, unit: .per10k, domain: .safety, figures: [
                       Figure(82.1, .per10k, kind: .rate, group: "children who are subject to child protection plans",
                              text: "significantly higher than the national rate"),
                       Figure(45.3, .per10k, kind: .rate, group: "children who are subject to child protection plans", scope: .england),
                   ])
            Section("Age profile of Looked After Children as at 31st March 2018", line: 156, capture: .partial) {
                // The chart under this caption is not in the text.
                Context("The largest cohort of children in Middlesbrough's Looked after population are between the ages of 10 to 15 years.")
                // Planned ("It is planned that"), with its timeline and expected outcome: an action, not a target
                // (no figure, no measure to track).
                Commitment("It is planned that through our refreshed Edge of Care offer targeted at this age range that this cohort will reduce over the coming year and increase sufficiency of placement choice.",
                           timeline: "over the coming year",
                           expectedOutcome: "this cohort will reduce over the coming year and increase sufficiency of placement choice")
                Provision("Children under 5 years are predominantly placed with suitably assessed and approved in-house fostering placements pending permanency arrangements.")
            }
            becomingLookedAfter
            Section("Children looked after at any point in year - excluding those who receive a series of short term breaks", line: 176, capture: .partial) {
                // The chart under this caption is not in the text. "no" is a figure in words: the model holds
                // figures as printed numbers, so no figure is recorded.
                Metric("uasc-at-year-end", "Contrary to the national position there have been no unaccompanied asylum seeking children in care at year end since this was recorded in 2010/11.",
                       purpose: .context, unit: .count)
            }
            ageProfile
        }
    }
}
