import CorporateParenting

extension NorthEastLincolnshire {
    /// Outcome 5. Its vision follows statutory principles 2 and 3 closely ("supported to express their views,
    /// wishes and feelings and that their views, wishes and feelings are taken into account") but does not name
    /// them, so the mapping is a judgement.
    @PackContent
    static var voiceAndInfluence: [Entry] {
        Section("5. Making Their Voice Heard And Influencing Decision-Making", page: 28, line: 347) {
            Outcome(
                "voice-heard-influencing-decisions", "Making Their Voice Heard And Influencing Decision-Making", number: 5,
                principles: [2, 3], domains: [.voice], note: "vision 355 in the words of principles 2 and 3",
                alternateTitles: [Wording("5. Making their voice heard and influencing decision-making", in: "contents")]
            ) {
                KeyAction("o5-voice-at-centre", "Put the voice of children and young people at the centre of all levels of decision-making")
                KeyAction("o5-co-produce", "Provide opportunities so that young people co-produce more services and strategic plans with us")
                KeyAction("o5-outcomes-of-decisions", "Let children and young people know the outcomes of decisions, what is possible to do, what is not, and why")
                Section("Vision", page: 28, line: 353) {
                    Vision("Children, young people, and care leavers are supported to express their views, wishes and feelings and that their views, wishes and feelings are taken into account when decisions are made that affect their lives.")
                    Commitment("We will work in partnership with children, young people, and care leavers to ensure they have a voice and influence over the design, delivery and review of the services that are provided to them.")
                }
                Section("What is the challenge?", page: 28, line: 357) {
                    Challenge("To support staff to improve their skills and confidence in finding ways to help children, young people and care leavers express their views, wishes and feelings, and have an influence in decisions which affect their lives.")
                    Challenge("To develop a range of approaches that enable children, young people, and care leavers to work in partnership with senior leaders and services to influence priorities, policy and practice.")
                }
                Section("What We Will Do", page: 28, line: 362) {
                    voiceWhatWeWillDo
                }
                successForVoice
                Section("Key Partners for this strategic priority are:", line: 389) {
                    Partner("Care Leavers Council")
                    Partner("North East Lincolnshire Childrens Rights")
                    Partner("IRO Service")
                    Partner("Care Leavers Service")
                    Partner("Looked After Childrens Teams")
                    Partner("Virtual School")
                    Partner("Residential service")
                }
            }
        }
    }

    /// Outcome 5's "What We Will Do": the paragraph and the ten parts of "Our approach".
    @PackContent
    static var voiceWhatWeWillDo: [Entry] {
        Commitment("Through this priority we will ensure we provide advice, guidance and training for social care staff and develop a youth voice model that enables children, young people and care leavers to share their ideas, issues and experiences with decision makers and evidence how their views have influenced service improvement. Our approach will include:")
        Step("Work in partnership with managers and staff on voice and influence projects and provide advice and guidance to social care staff and external partners to enable the voice and influence of children, young people and care leavers to influence service improvement.")
        Step("Deliver Voice of the Child briefings for social care students and staff.")
        Step("Facilitate new Total Respect Training which will be delivered by care experienced young people for elected members, corporate parenting board and social care staff.")
        Step("Support members of the Care Leavers Council to deliver training for foster carers as part of the skills for foster programme.")
        // Youth membership of the board is to come (see the board's roles); the event is yearly.
        Step("Train and support youth representatives to be members of the Corporate Parenting Board and facilitate an annual Voice of the young person engagement event")
        Step("Regular meetings between the Head of Children Looked After and the care experienced advocacy services.")
        Step("Supporting care experienced young people to participate in the recruitment and selection of senior social care staff and the commissioning panels of social care services.")
        Step("Develop a youth voice model with identified voice and influence leads in teams working directly with children and young people who are Unaccompanied Asylum Seeking Children or care leavers who are former UASC, children and young people and care leavers with SEND, care experienced parents, children, young people and care leavers who live out of area.")
        Step("Develop online surveys to be able to capture the direct feedback, views and experiences of looked after children and care leavers.")
        Step("Produce six monthly voice of the child in social care voice and influence reports which highlight key issues raised by young people and care leavers and demonstrate good practice from across the service. The reports will be shared with the corporate parenting board and include updates on promise issues raised and complaints made by children, young people and care leavers.")
    }

    /// Outcome 5's table (seed lines 380-384). The parenthesised notes say how the data are collected, so they are
    /// each measure's definition, with the collection frequency. The table's last row runs over a page and its
    /// final words are printed again under an empty statement (386-387); that repeat is not content.
    @PackContent
    static var successForVoice: [Entry] {
        Aim("Staff feel confident in supporting children, young people, and care leavers to express their views, wishes and feelings and are aware of what qualities and behaviours young people feel make a good social worker.")
        Metric("staff-confidence-voice",
               "% of staff who feedback that they feel more confident in supporting CYP and care leavers to express their views wishes and feelings.",
               purpose: .monitor, unit: .percent, domain: .voice,
               definition: "(evaluation completed at end of training by participants collected annually)", frequency: "annually")
        Aim("Children and young people have been given promise documentation by their social worker and the promise has been explained.")
        // What young people report, gathered by IROs: a survey-based share.
        Metric("promise-explained",
               "% children and young people who report that their current social worker has given them promise information and explained it to them.",
               purpose: .monitor, unit: .percent, domain: .voice, definition: "(IRO data collected quarterly)",
               frequency: "quarterly")
        Aim("Children, young people and care leavers thoughts, wishes and feelings are central to their plans developed by services")
        Metric("plans-evidence-involvement",
               "% children and young people's plans that evidence that the child has been meaningfully involved in their development and review",
               purpose: .monitor, unit: .percent, domain: .voice, definition: "(IRO data collected quarterly)",
               frequency: "quarterly")
        Aim("Priorities raised by young people and care leavers are included within corporate parenting operational group lead plans and leads work in partnership care experienced advocacy services")
        Deliverable("operational-group-leads-listening",
                    "Examples of how corporate parenting operational group leads are listening to the views and priorities of CYP and working in are evidenced in the six monthly voice and influence reports and from updates presented at Corporate Parenting Board by lead staff at themed meetings.",
                    domain: .voice)
    }
}
