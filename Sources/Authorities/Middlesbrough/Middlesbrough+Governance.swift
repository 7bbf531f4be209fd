import CorporateParenting

extension Middlesbrough {
    /// Section 1: How Corporate Parenting Works in Middlesbrough (listed in the contents as "Multi-Agency Looked
    /// After Partnership"): the Corporate Parenting Board, the Multi-Agency Looked after Children Partnership
    /// (MALAP) and its sub groups.
    @ContentBuilder<PackElement>
    static var governance: [PackElement] {
        Section("Section 1") {
            Section("How Corporate Parenting Works in Middlesbrough") {
                Arrangement("Middlesbrough has a well-established model of governance for Corporate Parenting, it includes well-defined decision making processes in the council and across partner agencies with clear links to the Children in Care Council. The Council regularly reviews how we deliver these functions and that there are tangible outcomes through active and regular feedback from children and young people which we strongly value.")
                Arrangement("Delivery of the Corporate Parenting Pledge is monitored through the Corporate Parenting Board and the Multi-Agency Looked after Children's Partnership (MALAP). Informed by feedback from the Children in Care Council.")
                // How often the Board meets is stated in Section 2, Priority 7, What this means in practice: "The
                // Corporate Parenting Board meets quarterly and is chaired by the Lead Member for Children's
                // Services." The same list says "The Children in Care Council are active participants in the
                // Corporate Parenting Board and able to contribute and offer challenge."
                Board("Corporate Parenting Board",
                      chair: "Lead Member for Children's Services",
                      meets: .quarterly,
                      members: [
                          "Elected Members",
                          "Chief Executive for the Council",
                          "Executive Director of Children's Services",
                          "other relevant senior officers including the Virtual Head",
                      ],
                      responsibilities: [
                          "take a clear strategic lead in ensuring better outcomes for children in care and care leavers",
                          "Oversee and lead on achieving progress on this strategy, making sure that all services provide support and take action to honour the pledges made to Looked After Children and Care Leavers",
                          "Engage with the Children in Care Council and Care Leavers to ensure that there is meaningful communication and partnership in delivering the pledge and Care Leavers Charter",
                      ],
                      youngPeopleOnBoard: true)
                Arrangement("The Board is supported through the contributions from health partners.")
                WorkingGroup("malap", "Multi-Agency Looked after Children Partnership", kind: .partnership,
                             chair: "Head of Service for Looked after Children",
                             remit: "a multi-agency senior officer group which drives plans in all aspects of our work in relation to our statutory and aspirational work with children in care and care leavers and leads on performance on behalf of the board",
                             reportsTo: "Corporate Parenting Board")
                Section("The Multi Agency Looked after Children Partnership will") {
                    Arrangement("Oversee the Corporate Parenting action plan, monitor progress and agree actions as appropriate – reporting on its progress to the Corporate Parenting Board.")
                    Arrangement("Develop exception and summary reports for presentation to the Corporate Parenting Board.")
                    Arrangement("Report on performance and activity.")
                }
                Section("Multi Agency Looked after Partnership Sub Groups") {
                    // "Multi Agency Looked after Partnership Sub Groups will oversee the work streams to deliver the
                    // Corporate Parenting Strategy according to the following areas including:" No chairs are named.
                    WorkingGroup("malap-education", "Education", kind: .subGroup, remit: subGroupRemit,
                                 reportsTo: "Multi-Agency Looked after Children Partnership")
                    WorkingGroup("malap-training-and-employment", "Training and Employment", kind: .subGroup, remit: subGroupRemit,
                                 reportsTo: "Multi-Agency Looked after Children Partnership")
                    WorkingGroup("malap-health", "Health", kind: .subGroup, remit: subGroupRemit,
                                 reportsTo: "Multi-Agency Looked after Children Partnership")
                    WorkingGroup("malap-have-your-say", "Have your say– Children In Care Council", kind: .subGroup, remit: subGroupRemit,
                                 reportsTo: "Multi-Agency Looked after Children Partnership")
                    WorkingGroup("malap-placements-and-accommodation", "Placements and Accommodation", kind: .subGroup, remit: subGroupRemit,
                                 reportsTo: "Multi-Agency Looked after Children Partnership")
                }
            }
        }
    }

    /// What the sub groups do, as the sentence introducing them says.
    static let subGroupRemit = "oversee the work streams to deliver the Corporate Parenting Strategy"
}
