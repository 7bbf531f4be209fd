import CorporateParenting

extension Sefton {
    /// "Corporate Parenting Board": its role, chair, members, meetings and functions (the body's fields hold the
    /// first paragraph's first three sentences, so they are not repeated as narrative), the review of its
    /// membership, board members' engagement, then the five data indicators it will receive regular performance
    /// reports on.
    ///
    /// The indicators are the board's: the document prints no figure, unit, polarity, target or baseline for them
    /// and defines none, so none is bound to a catalogue measure ("going missing" does not say whether it counts
    /// children, incidents or a percentage). Their domains are the encoder's judgement from each line's topic.
    /// The board's meeting themes are not listed anywhere ("Each board meeting is 'themed' as outlined below").
    @PackContent static var board: [Entry] {
        Section("Corporate Parenting Board", id: "corporate-parenting-board", page: 11, line: 203) {
            Body(
                .board, "corporate-parenting-board", "Corporate Parenting Board",
                roles: [
                    .chair("Cabinet Member for Children's Social Care", wording: "The Board is chaired by"),
                    // "who will champion and monitor": "will", so planned.
                    Role(.champion, "Cabinet Member for Children's Social Care", status: .planned,
                         wording: "who will champion and monitor the Corporate Parenting strategy and help drive its implementation"),
                    // From the Voices section (line 199).
                    .member("Making A Difference", wording: "Members of the group also sit on the Sefton Corporate Parenting Board."),
                ],
                members: ["cross-party members", "Senior managers"],
                meets: .stated("bi-monthly", perYear: nil),
                remit: [
                    "to monitor the key priorities and outcomes for Cared For and Care Experienced children and young people",
                    "receive reports, including performance reports",
                    "undertake strategic and thematic enquiries into specific elements of the strategy",
                    "seek ways of resolving barriers to its success",
                ],
                mappings: [Mapping(domains: [.governance], basis: .judged, note: "the body that oversees the strategy")]
            ) {
                // Planned ("will be reviewed"); it calls the board "the panel" (an alternate name) and does not say
                // that partner agencies are members now.
                Commitment("The membership and terms of reference for the panel will be reviewed regularly to ensure partner agencies are appropriately represented.")
                Commitment(
                    "Collectively and individually, Board members will engage regularly with children, young people, staff and carers to help their understanding of issues affecting their lives.",
                    owner: "Board members"
                )
                Context("The Corporate Parenting Board will also receive regular performance reports on the following data indicators which will help members to monitor the progress of work undertaken by the service.")
                Metric("entries-exits-and-time-in-care", "Entries into care, exits from care and length of time in care.",
                       purpose: .monitor, domain: .homes, frequency: "regular")
                Metric("placement-categories", "Placement categories.", purpose: .monitor, domain: .homes, frequency: "regular")
                Metric("young-people-in-care-going-missing", "Young people in care going missing.",
                       purpose: .monitor, domain: .safety, frequency: "regular")
                Metric("young-people-in-care-at-risk-of-exploitation", "Young people in care at risk of exploitation.",
                       purpose: .monitor, domain: .safety, frequency: "regular")
                // "Proportion" is printed, but no unit or age band.
                Metric("care-experienced-in-eet", "Proportion of care experienced in education, employment, and training.",
                       purpose: .monitor, domain: .adulthood, frequency: "regular")
            }
        }
    }
}
