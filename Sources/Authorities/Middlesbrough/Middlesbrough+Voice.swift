import CorporateParenting

extension Middlesbrough {
    /// "What we are doing to ensure that children and young people have a voice and influence in Middlesbrough."
    /// (heading with its full stop; the contents call it "What Children and Young People Looked After Say?", matched
    /// by position only). Nine bullets; a bullet holding clauses of different status (done, in place, planned) is
    /// split into its sentences, each kept with its own kind, in order.
    ///
    /// The document never sets the Children in Care Council out on its own, so its body sits here, where it is
    /// first described. Whether the "Participation/Engagement work strand of the MALAP" (line 208) is the sub group
    /// "Have your say– Children In Care Council" (line 245) is not stated.
    @PackContent static var voiceAndInfluence: [Entry] {
        Section("What we are doing to ensure that children and young people have a voice and influence in Middlesbrough.",
                id: "voice-and-influence", line: 204) {
            Body(
                .youthGroup, "children-in-care-council", "Children in Care Council",
                // "will be employed": planned (line 215).
                roles: [Role(.support, "A Children in Care Council apprentice", status: .planned,
                             wording: "will be employed to support both the Have Your Say Council and the Children in Care Council")],
                mappings: [voiceMapping]
            ) {
                Coproduction("The Mind of My Own app was approved through consultation with the Children in Care Council.",
                             who: "the Children in Care Council", how: "consultation", mappings: [voiceMapping])
                // How many young people: not printed.
                Coproduction("A focus group was held with young people to go through the app and agree on some points to ensure that it works well in Middlesbrough.",
                             who: "young people", how: "A focus group", mappings: [voiceMapping])
                Provision("The Children in Care Council have also attended the training for the Mind of My Own app in order that they can continue to offer support direction to professionals as this continues to be promoted across Children's Social Care.")
                Provision("The Children in Care Council has taken part in the Regional Children in Care Conference, they ran a workshop on family contact which is an important issue for children and young people in Middlesbrough.")
            }
            // In place; also on the board's remit.
            Context("The Corporate Parenting Board makes sure that the Children in Care Council voice is heard and actions are taken to improve services based on their views and experiences of having received services.")
            Commitment("The Corporate Parenting Board has requested that the workshop from the Regional Children in Care Council Conference is recorded to allow its message to be circulated to all the relevant staff in Children's Services and to be used in training sessions for Corporate Parenting Board members.")
            Commitment("The messages heard from this workshop will also be used to as part of our training programme.")
            // Ages as printed; no meeting frequency. "will work ... and feed in": the links are planned. Whether it is
            // a group of the Children in Care Council is not stated ("will work with"), so no partOf.
            Body(
                .youthGroup, "have-your-say-council", "Have Your Say Council",
                status: .inPlace,
                audience: "looked after children between the ages of 7-13 years", ages: .between(7, 13),
                remit: ["work with the Children in Care Council on projects to support change and delivery of services"],
                reportsTo: [
                    Reporting("corporate-parenting-board", status: .planned, wording: "feed in to the Corporate Parenting Board"),
                    Reporting("malap", status: .planned,
                              wording: "Participation/Engagement work strand of the MALAP and the wider MALAP meeting"),
                ],
                mappings: [voiceMapping]
            ) {
                Context("The Have Your Say Council group is made up of looked after children between the ages of 7-13 years.")
                Commitment("This group of children will work with the Children in Care Council on projects to support change and delivery of services and feed in to the Corporate Parenting Board, Participation/Engagement work strand of the MALAP and the wider MALAP meeting.")
                // "the meetings" are those of the sentence before (the Board, the MALAP's work strand and the wider
                // MALAP meeting): recorded on the Board as a planned member (the MALAP has its own, line 217). "each
                // group" implies two or more, the number is not printed. The "lead person" supports, not a chair.
                Commitment("A representative from each group will attend the meetings and have a lead person who can support them within the meetings.")
            }
            Provision("Middlesbrough's Recruitment Policies and Procedures have been reviewed and reflect the importance of children/ young people's voices throughout the process.")
            Coproduction("Currently young people sit as a separate interview panel and their views are fed into any appointment made.",
                         who: "young people", how: "a separate interview panel", mappings: [voiceMapping])
            Commitment("Plans are in place to formalise young people's involvement in recruitment processes and training is to be provided to young people to support development of their expertise in this area.")
            Mechanism("Human Resource Procedures have been reviewed to ensure whole council approach is in place to support children and young people to be involved in all aspects of recruitment.")
            // October 2018; how many took part is not printed.
            Partner("Coram Voice")
            Coproduction("The Coram Voice – Bright spots survey ran in Middlesbrough in October 2018. All Looked after Children and Care Leavers were given the opportunity to take part in either the 'Your Life, Your Care' survey or the 'Your Life, Beyond Care' survey.",
                         who: "All Looked after Children and Care Leavers",
                         how: "the 'Your Life, Your Care' survey or the 'Your Life, Beyond Care' survey", mappings: [voiceMapping])
            Deliverable("bright-spots-findings", "The findings will be presented at a Voice and Influence Conference and used as a benchmark for services to make change.")
            Context("The Voice and Influence Conference is for all front line staff.")
            Coproduction("The Children in Care Council is organising and running this conference. They will run a workshop on a topic of their choice and be involved in every aspect of the conference planning.",
                         who: "The Children in Care Council", how: "organising and running this conference", mappings: [voiceMapping])
            Commitment("A Children in Care Council apprentice will be employed to support both the Have Your Say Council and the Children in Care Council and wider Voice and Influence work in Middlesbrough.")
            Coproduction("CiCC is involved in Service inspections and Peer Challenges.",
                         who: "CiCC", how: "Service inspections and Peer Challenges", mappings: [voiceMapping])
            Commitment("CiCC will also feed into the SEND team through the SEND Challenge Day.")
            Rationale("This ensures that the young people have influence and understanding at both strategic and operational levels in order to improve practice based on the voice of young people.")
            // Recorded on the MALAP as a planned member role.
            Commitment("A member from each Children in Care group will be invited to the MALAP meeting and will feed into the wider MALAP group.")
        }
    }
}
