import CorporateParenting

extension Leicestershire {
    /// "Corporate Parenting Principles – Children and Social Work Act 2017": the council's commitment and the
    /// good-parent test, then the seven statutory principles quoted in the statutory order (principle n is the
    /// n-th bullet), as what the Act expects of councils.
    @PackContent static var corporateParentingPrinciples: [Entry] {
        Section("Corporate Parenting Principles – Children and Social Work Act 2017", page: 7, line: 189) {
            Citation(.legislation, "Children and Social Work Act 2017")
            Commitment("When a child becomes looked after in Leicestershire as corporate parents we are committed to provide stability, security and aspirational care for our children and to challenge ourselves 'would this be good enough for my child?'.")
            // Rejoined across the page break (lines 191 and 203).
            Context("The 7 principles describe the behaviours and attitudes expected of councils when they are acting as any good parent would do by supporting, encouraging and guiding their children to lead healthy, rounded and fulfilled lives.")
            ExpectationSet(
                title: "The 7 principles",
                audience: "councils",
                items: [
                    "To act in the best interest, and promote the physical and mental health and wellbeing, of those children and young people.",
                    "To encourage those children and young people to express their views, wishes and feelings.",
                    "To take into account the views, wishes and feelings of those children and young people.",
                    "To help those children and young people gain access to, and make the best use of, services provided by the local authority and its relevant partners.",
                    "To promote high aspirations, and seek to secure the best outcomes, for those children and young people.",
                    "For those children and young people to be safe, and for stability in their home lives, relationships, and education or work.",
                    "To prepare those children and young people for adulthood and independent living.",
                ]
            )
        }
    }
}
