import CorporateParenting

extension Leicestershire {
    /// "Appendix A" (the body text calls it "Appendix one"; the contents page does not list it): the Corporate
    /// Parenting Board's terms of reference, membership and format. The board is one body holding its three
    /// sub-sections, so each fact stays under the heading it is printed under.
    @PackContent static var appendixA: [Entry] {
        Section("Appendix A", line: 408) {
            Section("Corporate Parenting Board", id: "appendix-a-corporate-parenting-board", line: 410) {
                corporateParentingBoard
            }
        }
    }

    /// The board. Its co-chairs are the ones the body text states as in place ("The meeting is co-chaired by",
    /// line 309); the terms of reference name the same two seats as posts ("will be co-chaired by the Lead
    /// Member for Children and Families and the Chair of the Children in Care Council", line 442) in the
    /// prescriptive voice of terms of reference. Whether the care experienced young person is the Children in
    /// Care Council's chair is not said, so the posts are not merged into the roles. It meets "four times a
    /// year" (4). No reporting line is printed. The remit is what "This will involve:" lists.
    @PackContent static var corporateParentingBoard: [Entry] {
        Body(
            .board, "corporate-parenting-board", "Corporate Parenting Board",
            roles: [
                .coChair("Lead Member for Children and Family Services",
                         wording: "The meeting is co-chaired by the Lead Member for Children and Family Services one of our care experienced young people."),
                .coChair("one of our care experienced young people",
                         wording: "The meeting is co-chaired by the Lead Member for Children and Family Services one of our care experienced young people."),
            ],
            members: boardMembers,
            meets: .stated("four times a year", perYear: 4),
            remit: [
                "Ensuring that the corporate parenting role is understood and fulfilled by all elected members and senior officers working across all directorates in the Council and by our partners.",
                "Listening to and responding to the voice of children in care and care leavers by meeting and talking to children and young people in care on a regular basis.",
                "Ensuring that children and young people in care and care leavers are able to participate in decisions about their care and the shaping and delivery of future services.",
                "Monitoring and overseeing plans, strategies or policies for looked after children, young people and care leavers to ensure performance is maintained.",
                "Monitoring the implementation of the Leicestershire Children in Care Pledge",
                "Taking issues from the Board meeting forward through Senior Officers from across the Council and partner agencies",
                "Monitoring and reviewing key performance data so that they are achieved and show that looked after children have the best start in life.",
            ],
            mappings: [
                Mapping(principles: [1, 2, 3, 4, 5, 6, 7], basis: .stated,
                        note: "\"enabling the multi-agency ownership of the corporate parenting principles to be strong\" (line 309)"),
                Mapping(principles: [1, 2, 3], domains: [.governance, .voice], basis: .judged,
                        note: "best interests at the core of decisions (1); listening to and responding to children's voice, their participation in decisions (2, 3)"),
            ]
        ) {
            Section("Terms of Reference", line: 412) {
                // The first aim's number "1)" is lost in extraction; the next two are printed "2)" and "3)".
                Aim("To ensure that the whole Council and partner agencies adopt a nurturing approach to our children in care and care leavers and fulfil their statutory duty as Corporate Parents, in order to achieve continuing improvements in outcomes for looked after children and young people.")
                Aim("To Champion the interests of Children in Care and care leavers.")
                Aim("Ensuring that promoting the best interests of looked after children is at the core of decision-making of the partnership")
                // "This will involve:" introduces the seven activities, which are the board's `remit`.
                // Named once, not set out; whether it is 'Our Promise' is not said, so it is a citation, not a pledge.
                Citation(.localPlan, "Leicestershire Children in Care Pledge")
                // The board's indicators: "key performance data", unspecified (no measure, figure or cycle).
                Metric("key-performance-data", "key performance data", purpose: .monitor, domain: .governance)
                Context("The Board will meet four times a year and will be co-chaired by the Lead Member for Children and Families and the Chair of the Children in Care Council.")
            }
            // The sixteen items are the board's `members` (the last, "Employment and Training Lead", follows a
            // page break without its bullet; one item names five posts).
            Section("Membership", line: 444)
            Section("Format of the Board", line: 474) {
                Context("The Board meeting will include informal break-out sessions and activities to engender good discussion between Board Members and young people")
                Context("Venue will be County Hall committee rooms")
                Coproduction("Agenda for Corporate Parenting Board to be set by CiCC and Board Members",
                             who: "CiCC and Board Members",
                             mappings: [Mapping(principles: [2, 3], domains: [.voice], basis: .judged,
                                                note: "children in care set the board's agenda with its members")])
            }
        }
    }

    /// "Membership", as listed.
    static let boardMembers = [
        "Lead Member for Children and Families (co-chair)",
        "Chair of the Children in Care Council (co-chair)",
        "Children in Care nominated by the Children in Care Council",
        "Director of Children and Family Services",
        "Cross party Elected members nominated by the Party Groups",
        "Children and Family Services Lead Officers: Assistant Director Children Social Care and Targeted Early Help, Head of Service Children's Social Care, Service Manager Fostering and Adoption, Service Manager Children in Care, Service Manager Safeguarding Improvement Unit",
        "Service Manager, Youth Offending Service",
        "Virtual School Head",
        "Director of Public Health",
        "Divisional Director of Families Children and Young People(FYPC) LPT.",
        "Designated Nurse for Looked after Children",
        "Assistant Chief Constable or Police Superintendent with lead for Safeguarding",
        "District Council representative (Housing)",
        "Adults & Communities Lead Officer",
        "LSCB Chair",
        "Employment and Training Lead",
    ]
}
