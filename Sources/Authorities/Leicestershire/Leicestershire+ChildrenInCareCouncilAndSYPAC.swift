import CorporateParenting

extension Leicestershire {
    /// "Children in Care Council and SYPAC" (read as a sub-section of the governance part: the contents page
    /// does not show nesting, and it follows the board): the two youth groups, their part in decisions, and the
    /// table of their activities and impact.
    @PackContent static var childrenInCareCouncilAndSYPAC: [Entry] {
        Section("Children in Care Council and SYPAC", page: 12, line: 321) {
            // "Together they ... meet on a monthly basis": the council as a whole; whether each age group also
            // meets monthly on its own is not said.
            Body(
                .youthGroup, "children-in-care-council", "Children in Care Council",
                audience: "young people in care", ages: .between(7, 18),
                meets: .stated("on a monthly basis", perYear: 12),
                remit: [
                    "to discuss and consider the issues faced by children in care",
                    "things that are important to them",
                    "look at ways of making a difference for children in care and how they can influence this locally in Leicestershire as well as nationally through such forums as the All Party Parliamentary Group for Looked After Children and Care Leavers",
                ],
                mappings: [Mapping(principles: [2, 3], domains: [.voice], basis: .judged,
                                   note: "\"Together they act as the voice of their peers\"")]
            ) {
                Context("Leicestershire's Children in Care Council is a group of young people in care aged between 7-18 who represent children and young people in care in Leicestershire. There are two groups — a younger group aged 7-13 and an older group 14+.")
                Body(.youthGroup, "children-in-care-council-younger-group", "younger group", ages: .between(7, 13),
                     partOf: "children-in-care-council")
                Body(.youthGroup, "children-in-care-council-older-group", "older group", ages: .from(14),
                     partOf: "children-in-care-council")
                Context("Together they act as the voice of their peers and meet on a monthly basis to discuss and consider the issues faced by children in care; things that are important to them; look at ways of making a difference for children in care and how they can influence this locally in Leicestershire as well as nationally through such forums as the All Party Parliamentary Group for Looked After Children and Care Leavers.")
                Partner("All Party Parliamentary Group for Looked After Children and Care Leavers")
            }
            Rationale("Our care leavers are vital in shaping the services going forward and improve our offer to all our children.")
            // Named in full at lines 72 and 309. "a monthly meeting": 12 a year.
            Body(
                .youthGroup, "sypac", "Supporting Young People After Care (SYPAC)",
                audience: "our care leavers", ages: .between(18, 25),
                meets: .stated("a monthly meeting", perYear: 12),
                remit: ["to socialise, discuss and influence decisions regarding children in care and care leavers and to highlight their views and opinions"],
                mappings: [Mapping(principles: [2, 3], domains: [.voice], basis: .judged,
                                   note: "care leavers influence decisions and highlight their views")]
            ) {
                Context("SYPAC is the forum for our care leavers 18 -25 years old and offers a monthly meeting to socialise, discuss and influence decisions regarding children in care and care leavers and to highlight their views and opinions.")
                // Officers who attend (not members, and no role in running the forum is said).
                Context("There is also attendance from virtual school, children's rights and welfare rights to support and enhance independence skills of our care leavers.")
            }
            Coproduction(
                "Both our children in care council and SYPAC are regularly involved in decision making at various levels and bring robust challenge to hold decision makers to account both internally, regionally and nationally. Both groups have had an effective impact on the support that our children receive and decisions within Leicestershire.",
                who: "our children in care council and SYPAC",
                how: "involved in decision making at various levels",
                mappings: [Mapping(principles: [2, 3], domains: [.voice], basis: .judged,
                                   note: "involved in decision making; challenge to decision makers")]
            )
            Context("Some examples of these are outlined below:")
            activitiesAndImpact
        }
    }

    /// The table "Children in Care Council and SYPAC activities" / "Impact", eight rows, rejoined from cells
    /// split over lines (and, in row 5, over a page break). Each row is the groups' activity (co-production, done)
    /// followed by its impact as printed. The interview panel (row 7) is a row here, not a standing body: the
    /// document describes it nowhere else.
    @PackContent static var activitiesAndImpact: [Entry] {
        row("Consulted and influenced the development of 'Our Promise'",
            impact: "Ensuring the vision of Leicestershire is led by the needs of our children.")
        row("Supported and consulted on the ASDAN (Award Scheme Development and Accreditation Network) independence work book and how this will be implemented to support our children",
            impact: "Ensuring that children in care are supported with developing their independence skills to enable better transition to adulthood and independence.",
            Mapping(principles: [2, 3, 7], domains: [.voice, .adulthood], basis: .judged, note: "consulted on independence skills work"))
        row("Key role in developing a leaflet to give their views for Review of Arrangements",
            impact: "Enabling the voice of our children being represented and listened to in care planning meetings if they don't feel able to attend or represent their view.")
        row("Creation of a leaflet for children to understand the process of a Child Protection Conference.",
            impact: "Support children in understanding the roles and responsibilities of the child protection conference. Enable them to be empowered and involved.")
        row("Involvement with fostering training",
            impact: "Improvement in understanding of Prospective Foster Carers of the impact of being in care. Their role in supporting this and an improved experience for our children.")
        row("Creation of a 'Family Time Agreement' to support expectations for both children and their families about the time that they will spend with each other.",
            impact: "Our children can be clear about the expectations at the beginning and there is consistency with workers in exploring different options for family time.",
            Mapping(principles: [2, 3], domains: [.voice, .relationships], basis: .judged, note: "family time agreed with children"))
        row("Young person's interview panel for all relevant posts within Children and Family Services",
            impact: "Most recently direct influence on the appointment of our Director, Assistant Director and Head of Service for Field Social Work")
        row("Comprehensive Mapping program with our care leavers in relation to the local offer to care leavers",
            impact: "True representation of voice within the consultation and development of the local offer for care leaver. Ensuring that this is appropriate and effective.",
            Mapping(principles: [2, 3, 4], domains: [.voice, .adulthood], basis: .judged, note: "care leavers shaping the local offer"))
    }

    /// One row of the activities table: the activity, by the two groups, then its impact.
    static func row(_ activity: String, impact: String, _ mapping: Mapping? = nil) -> [Entry] {
        let voice = Mapping(principles: [2, 3], domains: [.voice], basis: .judged, note: "the groups' views shaped the work")
        return [
            .coproduction(Coproduction(activity, who: "Children in Care Council and SYPAC", mappings: [mapping ?? voice])),
            .narrative(CaseStudy(impact)),
        ]
    }
}
