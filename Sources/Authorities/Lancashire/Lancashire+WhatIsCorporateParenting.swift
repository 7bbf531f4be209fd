import CorporateParenting

extension Lancashire {
    /// "1. What is Corporate Parenting?": coming into care, the corporate parent (with the guidance it quotes), the
    /// "good enough" test, the seven statutory principles quoted in full, and the Top Tips made with young people.
    @PackContent
    static var whatIsCorporateParenting: [Entry] {
        Section("1. What is Corporate Parenting?", line: 96) {
            Context("Sometimes it is not possible for children and young people to be looked after safely by their families without support from social workers. When this happens they come into care and live with foster carers, residential carers, with extended family or in other types of homes.")
            Definition(
                term: "Corporate Parent",
                text: "The obligations of their parents become the responsibility of everyone at the council and our partner organisations. The law says this means being their Corporate Parent"
            )
            Citation(
                .guidance, "Applying Corporate Parenting Principles 2018",
                text: "“All children need love and stability in order to thrive. A strong corporate parenting ethos means that everyone from the Chief Executive down to front line staff, as well as elected council members, are concerned about those children and care leavers as if they were their own.”"
            )
            Value("As a Corporate Parent we have the same goals for children in our care and moving on to independence as every good parent.")
            Commitment("We will always ask ourselves. If this was my child, would this be good enough?")
            // The document's own mapping: everything it does, to all seven principles.
            Commitment(
                "We will strive to ensure everything we do is underpinned by the 7 corporate parenting principles:",
                mappings: [Mapping(principles: [1, 2, 3, 4, 5, 6, 7], basis: .stated,
                                   note: "We will strive to ensure everything we do is underpinned by the 7 corporate parenting principles")]
            )
            // The statutory principles (Children and Social Work Act 2017, s.1, not named here), quoted in full and
            // in order; each bullet is printed with its number.
            Context("1 to act in the best interests, and promote the physical and mental health and well-being, of children and young people")
            Context("2 to encourage children and young people to express their views, wishes and feelings")
            Context("3 to take into account the views, wishes and feelings of children and young people")
            Context("4 to help children and young people gain access to, and make the best use of, services provided by the local authority and its relevant partners")
            Context("5 to promote high aspirations, and seek to secure the best outcomes, for children and young people")
            Context("6 for children and young people to be safe, and have stability in their home lives, relationships and education or work")
            Context("7 to prepare children and young people for adulthood and independent living")
            // "for Good" here; "to Good" in the contents and Appendix 1: one title, three wordings.
            Coproduction(
                "Our Top Tips for Good Corporate Parenting were developed with young people. Please see Appendix 1.",
                who: "young people", how: "developed with",
                mappings: [Mapping(principles: [2, 3], domains: [.voice], basis: .judged,
                                   note: "young people's own tips for their corporate parents")]
            )
        }
    }
}
