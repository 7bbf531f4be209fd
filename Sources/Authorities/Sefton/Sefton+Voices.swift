import CorporateParenting

extension Sefton {
    /// "Children and Young People's Voices": the number of children cared for, the participation officer and the
    /// children in care council, then its two groups under their own headings (each heading carries its age band).
    ///
    /// The document calls the council "the children in care councils" (plural, lines 118, 119, 189) and "the
    /// children in care council" (singular, 191): an alternate wording. It never says in so many words that the
    /// Youth Ambassadors and Making A Difference are the children in care council's groups; their `partOf` is the
    /// encoder's judgement from lines 189-201. Youth participation serves principles 2 and 3 (judged).
    @PackContent static var voices: [Entry] {
        Section("Children and Young People's Voices", page: 10, line: 187) {
            // "Currently" is the figure's only period: no date is printed.
            StrategyScope(
                text: "Currently we have over 600 children cared for in Sefton and it is important that we listen to and hear their voices.",
                groups: ["children cared for in Sefton"],
                figures: [Figure(600, .count, kind: .count, group: "children cared for in Sefton", scope: .authority,
                                 period: "Currently", qualifier: "over")]
            )
            Body(
                .youthGroup, "children-in-care-council", "children in care council",
                roles: [Role(.support, "a full-time participation officer",
                             wording: "the council employ a full-time participation officer to support and develop the children in care councils")],
                audience: "children and young people of all ages",
                // Line 191, "The role of the children in care council is ...", in three parts.
                remit: [
                    "to act as the voice for every cared for and care experienced children and young person",
                    "to influence decisions made regarding their future",
                    "to give everyone the chance to shape and influence the parenting they receive whilst in care",
                ],
                mappings: [voiceMapping]
            ) {
                Provision("To do this the council employ a full-time participation officer to support and develop the children in care councils for children and young people of all ages to be actively involved in decisions around their lives.")
            }
            Section("Youth Ambassadors. 11yrs to 15yrs", line: 193) {
                // "twice a month" fixes the number: 24 a year.
                Body(
                    .youthGroup, "youth-ambassadors", "Youth Ambassadors", ages: .between(11, 15),
                    meets: .stated("twice a month", perYear: 24), partOf: "children-in-care-council",
                    mappings: [voiceMapping]
                ) {
                    Coproduction(
                        "The members of the Youth Ambassadors group meet twice a month and use their own lived experiences to support the development of support and services for all cared for children and young people in Sefton.",
                        who: "The members of the Youth Ambassadors group", how: "use their own lived experiences",
                        mappings: [voiceMapping]
                    )
                    Coproduction(
                        "The group are regularly involved in staff interview panels, development of practice standards and host a number of activity-based events throughout the year that are open to all our children and young people.",
                        how: "staff interview panels, development of practice standards", mappings: [voiceMapping]
                    )
                }
            }
            Section("Making A Difference. 16yrs plus", line: 197) {
                // "twice monthly" read as "twice a month": 24 a year. "16yrs plus" has no upper age.
                Body(
                    .youthGroup, "making-a-difference", "Making A Difference",
                    audience: "young people aged 16yrs plus who are cared for or care experienced", ages: .from(16),
                    meets: .stated("twice monthly", perYear: 24), partOf: "children-in-care-council",
                    mappings: [voiceMapping]
                ) {
                    Context("The Making A Difference group is a collective of young people aged 16yrs plus who are cared for or care experienced.")
                    Coproduction(
                        "The group meet twice monthly to support the council in the development of services and support for all Sefton children and young people who have experience of being in care.",
                        mappings: [voiceMapping]
                    )
                    Coproduction(
                        "Members provide training for social care staff and foster carers as well as students studying for social work degrees.",
                        how: "provide training", mappings: [voiceMapping]
                    )
                    // Recorded on the board as a member role (in place, "sit").
                    Context("Members of the group also sit on the Sefton Corporate Parenting Board.")
                }
                // Printed after the Making A Difference paragraph but about both groups; no count of meetings.
                Context("Members of both groups meet routinely with members of the Sefton Corporate Parenting Board.")
            }
        }
    }

    /// Youth participation: principles 2 and 3, the voice domain (the encoder's judgement).
    static let voiceMapping = Mapping(principles: [2, 3], domains: [.voice], basis: .judged,
                                      note: "children and young people's voice and participation")
}
