import CorporateParenting

extension Sefton {
    /// "Corporate Parenting Board": its chair, members, how often it meets and what it does, then the five data
    /// indicators it receives regular performance reports on (the strategy-wide measures).
    @ContentBuilder<PackElement>
    static var board: [PackElement] {
        Section("Corporate Parenting Board") {
            Board(
                "Corporate Parenting Board",
                chair: "Cabinet Member for Children's Social Care",
                meets: .stated("bi-monthly", perYear: nil),
                members: ["cross-party members", "Senior managers"],
                responsibilities: [
                    "to monitor the key priorities and outcomes for Cared For and Care Experienced children and young people",
                    "receive reports, including performance reports",
                    "undertake strategic and thematic enquiries into specific elements of the strategy",
                    "seek ways of resolving barriers to its success",
                    "Collectively and individually, Board members will engage regularly with children, young people, staff and carers to help their understanding of issues affecting their lives.",
                    "receive regular performance reports on the following data indicators which will help members to monitor the progress of work undertaken by the service",
                ],
                youngPeopleOnBoard: true
            )
            Arrangement("The Board is chaired by the Cabinet Member for Children's Social Care who will champion and monitor the Corporate Parenting strategy and help drive its implementation.")
            Arrangement("The membership and terms of reference for the panel will be reviewed regularly to ensure partner agencies are appropriately represented.")
            boardIndicators
        }
    }

    /// "The Corporate Parenting Board will also receive regular performance reports on the following data
    /// indicators": the list has no heading of its own, so its source is the board's section.
    @ContentBuilder<PackElement>
    static var boardIndicators: [PackElement] {
        Measure("entries-exits-and-time-in-care", "Entries into care, exits from care and length of time in care.",
                domain: .homes, frequency: "regular")
        Measure("placement-categories", "Placement categories.", domain: .homes, frequency: "regular")
        Measure("young-people-in-care-going-missing", "Young people in care going missing.",
                standard: "missing-incident", frequency: "regular")
        Measure("young-people-in-care-at-risk-of-exploitation", "Young people in care at risk of exploitation.",
                domain: .safety, frequency: "regular")
        Measure("care-experienced-in-eet", "Proportion of care experienced in education, employment, and training.",
                domain: .adulthood, frequency: "regular")
    }
}
