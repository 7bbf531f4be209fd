import CorporateParenting

extension Middlesbrough {
    /// Priority 2 (lines 289-326): 4 needs (one of them an action under way), 13 commitments, 9 practice bullets
    /// (one with a commitment as its second sentence, one a planned step).
    @PackContent static var priority2: [Entry] {
        Section("Priority 2: Our Placements are Safe and Meet the Needs of Our Children and Young People", line: 289) {
            Priority(
                "placements-safe", "Our Placements are Safe and Meet the Needs of Our Children and Young People",
                label: "Priority 2", number: 2, principles: [1, 3, 6], domains: [.homes, .safety],
                note: "placement sufficiency, stability and safety (293, 304, 310, 318, 326); children's concerns heard through IROs, advocacy and complaints (309, 319, 321, 322)",
                alternateTitles: [sectionOneWording(2)]
            ) {
                Section("What we need to improve", line: 291) {
                    Improvement("We have more to do to secure sufficiency in our fostering options, particularly when placing siblings and adolescents, and to develop a bespoke offer for kinship carers.")
                    Improvement("Increase the number of in-house foster carers who are local to the Middlesbrough area through improved recruitment and retention processes.")
                    Improvement("We have more to do in driving solutions for children and young people to enjoy choice of placement, including with their siblings")
                    // "we are developing": an action under way, printed among the needs.
                    Step("To increase the resilience of our placement sufficiency we are developing our fostering offer, residential provision to include 16 plus supported living arrangements, edge of care and commissioned services to drive improved choice and range of placements.",
                         status: DeliveryStatus(.inProgress, wording: "we are developing"))
                }
                Section("What we will do:", line: 298) {
                    Commitment("Implement our Sufficiency Strategy to help deliver improved options for Looked after Children and Care Leavers.",
                               links: ["Sufficiency Strategy"])
                    Commitment("Ensure that we have a range of placements available for our Children and Young people through our new Marketing Strategy and increase in staffing within our Fostering Service to progress stages 1 and 2 of the assessment process.",
                               links: ["Marketing Strategy"])
                    Commitment("Visits to all placements at a minimum of every 6 weeks")
                    Commitment("Support young people to successfully stay at home and keep families together through our edge of care offer")
                    Commitment("Improve brokerage to improve choice and placement stability")
                    Commitment("Increase the number of foster placements available for sibling groups and adolescents alongside parent and baby placements")
                    Commitment("Reduce the number of emergency placements")
                    Commitment("Drive a robust commissioning strategy including market development based on management insight and children's feedback.")
                    Commitment("Ensure Looked after Children and young people have a variety of ways to express any concerns they have and act promptly on these.")
                    Commitment("Placements changes are kept to a minimum")
                    Commitment("Our Edge of Care offer will support children and families to live safely together through bespoke packages of intervention and planned respite care.")
                    Commitment("Strengthening our Fostering offer through an enhanced training and support programme for Foster Carers, including access to in house psychological services.")
                    Commitment("We will also offer support via our Edge of Care Hub to Residential staff who work with some of our most complex young people.")
                }
                Section("What this means in practice", line: 315) {
                    Practice("Maximise permanency for children in care to ensure that where possible and appropriate, children in care are provided with stable placements via adoption, special guardianship or long term fostering.")
                    Practice("There are very few unplanned placement changes.")
                    Practice("Independent reviewing officers (IROs) meet with children and young people alone prior to their Looked after review in order that their views and wishes effectively form part of the review of their care plan.")
                    Practice("A clear escalation process is in place to ensure that IROs can bring concerns to the attention of managers in a timely manner.")
                    Partner("NYAS")
                    Practice("'NYAS' is available for independent advocacy and we offer Independent visiting service to those young people who meet require this.")
                    Practice("Concerns and complaints are responded to promptly and the local authority designated officer (LADO) is involved if required.")
                    Commitment("We will also use the information from complaints to improve practice.")
                    // A planned step, printed among the practice bullets.
                    Step("Develop further accommodation opportunities available for our young people and care leavers as they move towards adulthood.")
                    Practice("Social workers or managers visit placements, including residential, before moving children and young people to ensure the service they offer is of the best quality.")
                    Practice("Follow procedures and take a multi-agency approach when children and young people go missing ensuring that young people are listened to and action is taken to keep them safe.")
                }
            }
        }
    }
}
