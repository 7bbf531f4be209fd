import CorporateParenting

extension Leicestershire {
    /// "Appendix A": the Corporate Parenting Board's terms of reference, membership and format.
    @ContentBuilder<PackElement>
    static var appendixA: [PackElement] {
        Section("Appendix A") {
            Section("Corporate Parenting Board") {
                Section("Terms of Reference") {
                    Board(
                        "Corporate Parenting Board",
                        coChairs: ["Lead Member for Children and Families", "Chair of the Children in Care Council"],
                        meets: .stated("four times a year", perYear: 4),
                        members: boardMembers,
                        responsibilities: boardResponsibilities,
                        youngPeopleOnBoard: true,
                        youngPeopleCoChair: true
                    )
                    Pledge("children-in-care-pledge", "Leicestershire Children in Care Pledge")
                }
                Section("Format of the Board") {
                    Arrangement("The Board meeting will include informal break-out sessions and activities to engender good discussion between Board Members and young people")
                    Arrangement("Venue will be County Hall committee rooms")
                    Arrangement("Agenda for Corporate Parenting Board to be set by CiCC and Board Members")
                }
            }
        }
    }

    /// The terms of reference's three numbered aims, then what "This will involve".
    static let boardResponsibilities = [
        "To ensure that the whole Council and partner agencies adopt a nurturing approach to our children in care and care leavers and fulfil their statutory duty as Corporate Parents, in order to achieve continuing improvements in outcomes for looked after children and young people.",
        "To Champion the interests of Children in Care and care leavers.",
        "Ensuring that promoting the best interests of looked after children is at the core of decision-making of the partnership",
        "Ensuring that the corporate parenting role is understood and fulfilled by all elected members and senior officers working across all directorates in the Council and by our partners.",
        "Listening to and responding to the voice of children in care and care leavers by meeting and talking to children and young people in care on a regular basis.",
        "Ensuring that children and young people in care and care leavers are able to participate in decisions about their care and the shaping and delivery of future services.",
        "Monitoring and overseeing plans, strategies or policies for looked after children, young people and care leavers to ensure performance is maintained.",
        "Monitoring the implementation of the Leicestershire Children in Care Pledge",
        "Taking issues from the Board meeting forward through Senior Officers from across the Council and partner agencies",
        "Monitoring and reviewing key performance data so that they are achieved and show that looked after children have the best start in life.",
    ]

    /// "Membership", as listed (the last item follows a page break).
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
