import CorporateParenting

extension Lancashire {
    /// The title page, "Corporate Parenting Strategy" / "2022 – 2026": four quotations and the thanks to the groups
    /// that helped shape the strategy. The quotations print no speaker; their words ("we have the lived experience of
    /// what it is like to be a child looked after in Lancashire") say they are care-experienced young people's, so
    /// they are voice, kept without their enclosing quotation marks.
    @PackContent
    static var titlePage: [Entry] {
        Section("Corporate Parenting Strategy", line: 7) {
            Voice("Young peoples’ input into the Corporate Parenting Strategy is massively important as we have the lived experience of what it is like to be a child looked after in Lancashire.")
            Voice("We have first-hand experience of what the local authority is like as a Corporate Parent and what could be done to improve this so we get the best experience possible.")
            Voice("We want to be kept informed of decisions that are made and the reasons behind why they have been made. This is our strategy and we want to affect how services are run and make sure they work for us.")
            Voice("We want our voices to be heard and what we ask for and discuss to be acted upon.")
            // How many took part is not printed.
            Coproduction(
                "Thank you to LINX and the Care Leavers Forum for helping us shape our strategy.",
                who: "LINX and the Care Leavers Forum", how: "helping us shape our strategy",
                mappings: [Mapping(principles: [2, 3], domains: [.voice], basis: .judged,
                                   note: "young people's groups shaping the strategy")]
            )
        }
    }
}
