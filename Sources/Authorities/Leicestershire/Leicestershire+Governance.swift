import CorporateParenting

extension Leicestershire {
    /// "Governance Arrangements for Corporate Parenting" and its "Corporate Parenting Board" section. The board
    /// itself is written from its terms of reference in Appendix A.
    @ContentBuilder<PackElement>
    static var governance: [PackElement] {
        Section("Governance Arrangements for Corporate Parenting") {
            Arrangement("Strong corporate parenting means strong leadership, challenge and accountability at every level. The governance arrangements that underpin our Corporate Parenting approach focus on the importance of the voice of our children and how they experience the support they receive, feel listened to and taken seriously. Our governance arrangements enable challenge and reflection on how effectively we are applying the corporate parenting principles and ensuring the high level of care that we strive to provide.")
            Section("Corporate Parenting Board") {
                Arrangement("The Corporate Parenting Board's purpose is to ensure that the whole council and partner agencies have a joint commitment to Corporate Parenting. The aim of this is to achieve continuing improvements in the lives and outcomes for looked after children and young people and those who are care leavers.")
                Arrangement("The Corporate Parenting Board is well attended by partner agencies enabling the multi-agency ownership of the corporate parenting principles to be strong.")
                Arrangement("There is strong representation from our children in care council and Supporting Young People After Care (SYPAC) groups, which enables our children to have the platform to challenge, influence and celebrate.")
            }
        }
    }

    /// "Children in Care Council and SYPAC": the participation groups and the table of their activities and impact.
    @ContentBuilder<PackElement>
    static var childrenInCareCouncilAndSYPAC: [PackElement] {
        Section("Governance Arrangements for Corporate Parenting") {
            Section("Children in Care Council and SYPAC") {
                ParticipationGroup(
                    "children-in-care-council", "Children in Care Council", audience: "young people in care",
                    ages: .between(7, 18), meets: .stated("on a monthly basis", perYear: 12), sitsOnBoard: true,
                    description: "Leicestershire's Children in Care Council is a group of young people in care aged between 7-18 who represent children and young people in care in Leicestershire. There are two groups — a younger group aged 7-13 and an older group 14+. Together they act as the voice of their peers and meet on a monthly basis to discuss and consider the issues faced by children in care; things that are important to them; look at ways of making a difference for children in care and how they can influence this locally in Leicestershire as well as nationally through such forums as the All Party Parliamentary Group for Looked After Children and Care Leavers."
                )
                // "Together they ... meet on a monthly basis": the frequency is left with the council as a whole.
                ParticipationGroup(
                    "children-in-care-council-younger-group", "Children in Care Council – younger group",
                    ages: .between(7, 13), partOf: "children-in-care-council"
                )
                ParticipationGroup(
                    "children-in-care-council-older-group", "Children in Care Council – older group",
                    ages: .from(14), partOf: "children-in-care-council"
                )
                ParticipationGroup(
                    "sypac", "Supporting Young People After Care (SYPAC)", audience: "care leavers",
                    ages: .between(18, 25), meets: .stated("a monthly meeting", perYear: 12), sitsOnBoard: true,
                    description: "Our care leavers are vital in shaping the services going forward and improve our offer to all our children. SYPAC is the forum for our care leavers 18 -25 years old and offers a monthly meeting to socialise, discuss and influence decisions regarding children in care and care leavers and to highlight their views and opinions. There is also attendance from virtual school, children's rights and welfare rights to support and enhance independence skills of our care leavers."
                )
                Arrangement("Both our children in care council and SYPAC are regularly involved in decision making at various levels and bring robust challenge to hold decision makers to account both internally, regionally and nationally. Both groups have had an effective impact on the support that our children receive and decisions within Leicestershire.")
                WorkingGroup(
                    "young-persons-interview-panel", "Young person's interview panel", kind: .panel,
                    remit: "Young person's interview panel for all relevant posts within Children and Family Services"
                )
                activitiesAndImpact
            }
        }
    }

    /// The table "Children in Care Council and SYPAC activities | Impact", one row a statement.
    @ContentBuilder<PackElement>
    static var activitiesAndImpact: [PackElement] {
        Section("Children in Care Council and SYPAC activities") {
            for (activity, impact) in activities {
                Arrangement("\(activity) — Impact: \(impact)")
            }
        }
    }

    static let activities: [(String, String)] = [
        ("Consulted and influenced the development of 'Our Promise'",
         "Ensuring the vision of Leicestershire is led by the needs of our children."),
        ("Supported and consulted on the ASDAN (Award Scheme Development and Accreditation Network) independence work book and how this will be implemented to support our children",
         "Ensuring that children in care are supported with developing their independence skills to enable better transition to adulthood and independence."),
        ("Key role in developing a leaflet to give their views for Review of Arrangements",
         "Enabling the voice of our children being represented and listened to in care planning meetings if they don't feel able to attend or represent their view."),
        ("Creation of a leaflet for children to understand the process of a Child Protection Conference.",
         "Support children in understanding the roles and responsibilities of the child protection conference. Enable them to be empowered and involved."),
        ("Involvement with fostering training",
         "Improvement in understanding of Prospective Foster Carers of the impact of being in care. Their role in supporting this and an improved experience for our children."),
        ("Creation of a 'Family Time Agreement' to support expectations for both children and their families about the time that they will spend with each other.",
         "Our children can be clear about the expectations at the beginning and there is consistency with workers in exploring different options for family time."),
        ("Young person's interview panel for all relevant posts within Children and Family Services",
         "Most recently direct influence on the appointment of our Director, Assistant Director and Head of Service for Field Social Work"),
        ("Comprehensive Mapping program with our care leavers in relation to the local offer to care leavers",
         "True representation of voice within the consultation and development of the local offer for care leaver. Ensuring that this is appropriate and effective."),
    ]
}
