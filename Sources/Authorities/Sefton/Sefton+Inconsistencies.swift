import CorporateParenting

extension Sefton {
    /// Where the document contradicts itself. Only one: the Cabinet Member who chairs the board has two portfolio
    /// titles (the text cannot tell whether one post has two titles or the portfolio changed). Not recorded, as
    /// they are not contradictions: the contents page leaving out "Health and Wellbeing" (an omission), "the panel"
    /// for the board (an alternate name), "children in care councils" and "council" (plural and singular), and the
    /// two wordings of "good enough for my child?".
    static let inconsistencies: [Inconsistency] = [
        Inconsistency(
            "The portfolio of the Cabinet Member who chairs the Corporate Parenting Board",
            Excerpt("Cabinet Member for Children, Schools and Families & Chair of the Sefton Corporate Parenting Board.",
                    in: "listening-to-our-children"),
            Excerpt("The Board is chaired by the Cabinet Member for Children's Social Care", in: "corporate-parenting-board")
        ),
    ]
}
