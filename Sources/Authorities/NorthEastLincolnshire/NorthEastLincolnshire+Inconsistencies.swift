import CorporateParenting

extension NorthEastLincolnshire {
    /// Where the document contradicts itself. Not recorded: "seven outcomes" against the board's "Seven priorities"
    /// (one set, two names); the Lead Member's and the scrutiny board's two wordings; "the panel" (loose, not
    /// contradicted); the governance block printed twice (a repeat); and the unfinished notes (they leave facts open,
    /// they do not contradict).
    static let inconsistencies: [Inconsistency] = [
        Inconsistency(
            "How many priorities the strategy sets",
            Excerpt("We have split the plan into seven outcomes", in: "outcomes-for-children-and-young-people"),
            Excerpt("Each of the board's Seven priorities are led by senior officers from the relevant service area", in: "operational-delivery"),
            Excerpt("we have set out six priority themes", in: "priority-themes")
        ),
        // One post or two cannot be told; the two titles cannot both be the same post's.
        Inconsistency(
            "The Head of Service's title",
            Excerpt("The Head of Service for Children Looked After, Corporate Parenting and Youth Services is responsible to provide a programme of training across the partnership to board members.", in: "training-and-awareness"),
            Excerpt("The Head of Services for Children Looked After, Corporate Parenting and Youth Justice Services meets with both the Have a Voice Council and Care Leavers Council three times a year", in: "officers")
        ),
    ]
}
