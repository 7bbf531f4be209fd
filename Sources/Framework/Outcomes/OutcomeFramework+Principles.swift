extension OutcomeFramework {
    /// The corporate parenting principles of the Children and Social Work Act 2017, section 1(1), paragraphs (a)-(g),
    /// numbered 1-7 in that order, with the Act's wording.
    public static let statutoryPrinciples: [Principle] = [
        Principle(
            number: 1, paragraph: "a", shortTitle: "Best interests and well-being",
            text: "to act in the best interests, and promote the physical and mental health and well-being, of those children and young people"
        ),
        Principle(
            number: 2, paragraph: "b", shortTitle: "Express views, wishes and feelings",
            text: "to encourage those children and young people to express their views, wishes and feelings"
        ),
        Principle(
            number: 3, paragraph: "c", shortTitle: "Take views into account",
            text: "to take into account the views, wishes and feelings of those children and young people"
        ),
        Principle(
            number: 4, paragraph: "d", shortTitle: "Access to services",
            text: "to help those children and young people gain access to, and make the best use of, services provided by the local authority and its relevant partners"
        ),
        Principle(
            number: 5, paragraph: "e", shortTitle: "High aspirations and best outcomes",
            text: "to promote high aspirations, and seek to secure the best outcomes, for those children and young people"
        ),
        Principle(
            number: 6, paragraph: "f", shortTitle: "Safety and stability",
            text: "for those children and young people to be safe, and for stability in their home lives, relationships and education or work"
        ),
        Principle(
            number: 7, paragraph: "g", shortTitle: "Preparation for adulthood",
            text: "to prepare those children and young people for adulthood and independent living"
        ),
    ]
}
