import CorporateParenting

extension Sefton {
    /// "Children and Young People's Voices": the number cared for, the participation officer, the children in care
    /// council and its two groups.
    @ContentBuilder<PackElement>
    static var voices: [PackElement] {
        Section("Children and Young People's Voices") {
            CohortFigure("children cared for in Sefton", 600, qualifier: "over", period: "Currently")
            Arrangement("To do this the council employ a full-time participation officer to support and develop the children in care councils for children and young people of all ages to be actively involved in decisions around their lives.")
            Arrangement("The role of the children in care council is to act as the voice for every cared for and care experienced children and young person, to influence decisions made regarding their future and to give everyone the chance to shape and influence the parenting they receive whilst in care.")
            Section("Youth Ambassadors. 11yrs to 15yrs") {
                ParticipationGroup(
                    "youth-ambassadors", "Youth Ambassadors",
                    ages: .between(11, 15), meets: .stated("twice a month", perYear: 24),
                    description: "The members of the Youth Ambassadors group meet twice a month and use their own lived experiences to support the development of support and services for all cared for children and young people in Sefton. The group are regularly involved in staff interview panels, development of practice standards and host a number of activity-based events throughout the year that are open to all our children and young people."
                )
            }
            Section("Making A Difference. 16yrs plus") {
                ParticipationGroup(
                    "making-a-difference", "Making A Difference",
                    audience: "young people aged 16yrs plus who are cared for or care experienced",
                    ages: .from(16), meets: .stated("twice monthly", perYear: 24), sitsOnBoard: true,
                    description: "The group meet twice monthly to support the council in the development of services and support for all Sefton children and young people who have experience of being in care. Members provide training for social care staff and foster carers as well as students studying for social work degrees. Members of the group also sit on the Sefton Corporate Parenting Board."
                )
                Arrangement("Members of both groups meet routinely with members of the Sefton Corporate Parenting Board.")
            }
        }
    }
}
