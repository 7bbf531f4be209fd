import CorporateParenting

extension Leicestershire {
    /// "Corporate Parenting Principles – Children and Social Work Act 2017", as the document quotes them.
    @ContentBuilder<PackElement>
    static var corporateParentingPrinciples: [PackElement] {
        Section("Corporate Parenting Principles – Children and Social Work Act 2017") {
            Value("When a child becomes looked after in Leicestershire as corporate parents we are committed to provide stability, security and aspirational care for our children and to challenge ourselves 'would this be good enough for my child?'.")
            ExpectationSet(
                "Corporate Parenting Principles – Children and Social Work Act 2017",
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
