import CorporateParenting

extension Sefton {
    /// Where the document contradicts itself; each statement carries its full source.
    @ContentBuilder<PackElement>
    static var inconsistencies: [PackElement] {
        Inconsistency(
            "How many priorities have working groups",
            Statement(
                "Being Heard – Working Group Chair: Participation Officer. / Safe and Stable homes – Working Group Chair: Service Manager. Fostering & Adoption. / Raising Aspirations – Working Group Chair: Head Teacher. Virtual School. / Transition and preparation for Adulthood – Working Group Chair: Service Manager. Cared For and Care Experienced Young People.",
                source: "Table of Contents"
            ),
            Statement(
                "we have established 5 working groups to drive forward the key priorities identified in collaboration with our children and young people.",
                source: "Our Corporate Parenting Priorities"
            ),
            Statement(
                "Health and Wellbeing – Working Group Chair: Designated Nurse Children in Care. NHS Cheshire and Merseyside (Sefton).",
                source: "Our Corporate Parenting Priorities › Health and Wellbeing – Working Group Chair: Designated Nurse Children in Care. NHS Cheshire and Merseyside (Sefton)."
            )
        )
        Inconsistency(
            "Who chairs the Corporate Parenting Board",
            Statement(
                "Councillor Diane Roscoe, Cabinet Member for Children, Schools and Families & Chair of the Sefton Corporate Parenting Board.",
                source: "Foreword"
            ),
            Statement(
                "The Board is chaired by the Cabinet Member for Children's Social Care who will champion and monitor the Corporate Parenting strategy and help drive its implementation.",
                source: "Corporate Parenting Board"
            )
        )
        Inconsistency(
            "Whether the oversight body is a board or a panel",
            Statement(
                "It is the role of the Corporate Parenting Board to monitor the key priorities and outcomes for Cared For and Care Experienced children and young people.",
                source: "Corporate Parenting Board"
            ),
            Statement(
                "The membership and terms of reference for the panel will be reviewed regularly to ensure partner agencies are appropriately represented.",
                source: "Corporate Parenting Board"
            )
        )
    }
}
