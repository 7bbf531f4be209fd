import CorporateParenting

extension Middlesbrough {
    /// "How Corporate Parenting Works in Middlesbrough" (the contents call it "Multi-Agency Looked After
    /// Partnership", matched by position only): the Corporate Parenting Board, the Multi-Agency Looked after
    /// Children Partnership (MALAP) and its sub groups.
    ///
    /// The MALAP is named seven ways ("Multi-Agency Looked After Partnership", "Multi-Agency Looked after
    /// Partnership (MALAP)", "Multi-Agency Looked after Children's Partnership (MALAP)", "Multi-Agency Looked after
    /// Children Partnership", "Multi Agency Looked after Children Partnership", "Multi Agency Looked after
    /// Partnership", "multi-agency Looked After partnership (MALAP)"): one body; the name used is line 232's.
    @PackContent static var howCorporateParentingWorks: [Entry] {
        Section("How Corporate Parenting Works in Middlesbrough", id: "how-corporate-parenting-works", line: 219) {
            Context("Middlesbrough has a well-established model of governance for Corporate Parenting, it includes well-defined decision making processes in the council and across partner agencies with clear links to the Children in Care Council. The Council regularly reviews how we deliver these functions and that there are tangible outcomes through active and regular feedback from children and young people which we strongly value.")
            // The Pledge itself is not printed in the document (see Appendix 1).
            Context("Delivery of the Corporate Parenting Pledge is monitored through the Corporate Parenting Board and the Multi-Agency Looked after Children's Partnership (MALAP). Informed by feedback from the Children in Care Council.")
            board
            malap
        }
    }

    /// The Corporate Parenting Board (lines 225-230), with its meetings and chair as restated under Priority 7
    /// (line 477). The membership list says "includes", so it may not be complete; it names no young people.
    /// The Children in Care Council's part in the Board is unresolved: "The Children in Care Council are active
    /// participants in the Corporate Parenting Board" is printed under "What this means in practice" (line 480),
    /// and the same words, about "the committee", under "What we need to improve" (line 465). A representative of
    /// each children's group "will attend the meetings" (line 208): a planned member.
    @PackContent static var board: [Entry] {
        Body(
            .board, "corporate-parenting-board", "Corporate Parenting Board",
            roles: [
                .chair("Lead Member for Children's Services", wording: "is chaired by"),
                .member("Children in Care Council", status: .unresolved,
                        wording: "active participants in the Corporate Parenting Board and able to contribute and offer challenge"),
                // Line 208: the Have Your Say Council "will ... feed in to the Corporate Parenting Board, ..." and "A
                // representative from each group will attend the meetings": planned.
                .member("A representative from each group", status: .planned,
                        wording: "A representative from each group will attend the meetings and have a lead person who can support them within the meetings"),
            ],
            members: [
                "Elected Members", "Chief Executive for the Council", "Executive Director of Children's Services",
                "other relevant senior officers including the Virtual Head",
            ],
            meets: .quarterly,
            remit: [
                "to take a clear strategic lead in ensuring better outcomes for children in care and care leavers",
                // Line 223, with the MALAP.
                "Delivery of the Corporate Parenting Pledge is monitored through the Corporate Parenting Board",
                "Oversee and lead on achieving progress on this strategy, making sure that all services provide support and take action to honour the pledges made to Looked After Children and Care Leavers",
                "Engage with the Children in Care Council and Care Leavers to ensure that there is meaningful communication and partnership in delivering the pledge and Care Leavers Charter",
                "makes sure that the Children in Care Council voice is heard and actions are taken to improve services based on their views and experiences of having received services",
            ],
            mappings: [Mapping(principles: [3], domains: [.governance], basis: .judged,
                               note: "the body that leads the strategy and hears the Children in Care Council")]
        ) {
            Context("The Corporate Parenting Board is chaired by the Lead Member for Children's Services and includes attendance of Elected Members, Chief Executive for the Council, Executive Director of Children's Services, other relevant senior officers including the Virtual Head.")
            // Not members: "supported through the contributions".
            Partner("health partners")
            Context("The Board is supported through the contributions from health partners. The role of the Corporate Parenting Board is to take a clear strategic lead in ensuring better outcomes for children in care and care leavers.")
            Context("The Corporate Parenting Board role is to:")
            Context("Oversee and lead on achieving progress on this strategy, making sure that all services provide support and take action to honour the pledges made to Looked After Children and Care Leavers")
            Context("Engage with the Children in Care Council and Care Leavers to ensure that there is meaningful communication and partnership in delivering the pledge and Care Leavers Charter")
        }
    }

    /// The MALAP (line 232), its duties ("will", so planned) and its sub groups (line 240). Its responsibility for
    /// the strategy is stated in the Introduction (line 78, in place); the member "from each Children in Care
    /// group" in the voice section (line 217, planned).
    @PackContent static var malap: [Entry] {
        Body(
            .partnership, "malap", "Multi-Agency Looked after Children Partnership",
            roles: [
                .chair("Head of Service for Looked after Children", wording: "is chaired by"),
                .member("A member from each Children in Care group", status: .planned, wording: "will be invited to the MALAP meeting"),
            ],
            remit: [
                "is responsible for the oversight and updating of the Sufficiency Plan and Corporate Parenting Strategy",
                "drives plans in all aspects of our work in relation to our statutory and aspirational work with children in care and care leavers",
                "leads on performance on behalf of the board",
                // Line 223, with the Board.
                "Delivery of the Corporate Parenting Pledge is monitored through the Corporate Parenting Board and the Multi-Agency Looked after Children's Partnership (MALAP)",
            ],
            // "will: ... reporting on its progress": planned; no frequency printed.
            reportsTo: [Reporting("corporate-parenting-board", status: .planned,
                                  wording: "reporting on its progress to the Corporate Parenting Board")],
            mappings: [Mapping(principles: [4], domains: [.governance], basis: .judged,
                               note: "the multi-agency partnership that drives and monitors the plans")]
        ) {
            Context("The Multi-Agency Looked after Children Partnership, is chaired by the Head of Service for Looked after Children and is a multi-agency senior officer group which drives plans in all aspects of our work in relation to our statutory and aspirational work with children in care and care leavers and leads on performance on behalf of the board.")
            Context("The Multi Agency Looked after Children Partnership will:")
            // A separate plan, not printed in this document.
            Citation(.localPlan, "Corporate Parenting action plan")
            Commitment("Oversee the Corporate Parenting action plan, monitor progress and agree actions as appropriate – reporting on its progress to the Corporate Parenting Board.",
                       owner: "The Multi Agency Looked after Children Partnership", links: ["Corporate Parenting action plan"])
            Commitment("Develop exception and summary reports for presentation to the Corporate Parenting Board.",
                       owner: "The Multi Agency Looked after Children Partnership")
            Commitment("Report on performance and activity.", owner: "The Multi Agency Looked after Children Partnership")
            // "Sub Groups ... according to the following areas including": areas, not a count of groups ("including"),
            // so one body stands for the sub groups; "will", so planned; no reporting line printed.
            Body(
                .subGroup, "malap-sub-groups", "Multi Agency Looked after Partnership Sub Groups",
                status: .planned,
                remit: ["oversee the work streams to deliver the Corporate Parenting Strategy"],
                themes: ["Education", "Training and Employment", "Health", "Have your say– Children In Care Council", "Placements and Accommodation"],
                partOf: "malap"
            ) {
                Context("Multi Agency Looked after Partnership Sub Groups will oversee the work streams to deliver the Corporate Parenting Strategy according to the following areas including:")
            }
        }
    }
}
