import CorporateParenting

extension NorthEastLincolnshire {
    /// "The lived experience of care": how the strategy came out of young people's views, and two commitments to
    /// involve them further. Who took part is named; how and how many are not printed.
    @PackContent
    static var livedExperienceOfCare: [Entry] {
        Section("The lived experience of care", page: 5, line: 91) {
            Coproduction(
                "What we say in the strategy comes out of the ambition with our children and young people who are currently in care, and those who have recently left our care.",
                who: "our children and young people who are currently in care, and those who have recently left our care",
                mappings: [Mapping(principles: [2, 3], domains: [.voice], basis: .judged, note: "the strategy shaped by young people's views")]
            )
            Commitment("We will further this intent with follow up consultation.")
            Rationale("The need to engage more robustly with our young people is because they are the people who know first-hand what it is like to live in our care, but they are also the people who are most affected by what we say and do. Understanding and acting on their views, interests and lived experiences is fundamental to being a good corporate parent. All children and young people in care are different. We recognise that they all have their own individual strengths, needs and interests.")
            Commitment(
                "Moving forward we will undertake activity where children and young people will begin to contribute to our wider corporate strategy",
                mappings: [Mapping(principles: [2, 3], domains: [.voice], basis: .judged, note: "young people to contribute to strategy")]
            )
        }
    }
}
