import CorporateParenting

extension Middlesbrough {
    /// Section 1: what the council is doing so that children and young people have a voice and influence (listed
    /// in the contents as "What Children and Young People Looked After Say?").
    @ContentBuilder<PackElement>
    static var voiceAndInfluence: [PackElement] {
        Section("Section 1") {
            Section("What we are doing to ensure that children and young people have a voice and influence in Middlesbrough.") {
                // Section 2, Priority 7 (What this means in practice): "The Children in Care Council are active
                // participants in the Corporate Parenting Board and able to contribute and offer challenge."
                ParticipationGroup("children-in-care-council", "Children in Care Council",
                                   sitsOnBoard: true)
                Arrangement("The Mind of My Own app was approved through consultation with the Children in Care Council. A focus group was held with young people to go through the app and agree on some points to ensure that it works well in Middlesbrough. The Children in Care Council have also attended the training for the Mind of My Own app in order that they can continue to offer support direction to professionals as this continues to be promoted across Children's Social Care.")
                Arrangement("The Children in Care Council has taken part in the Regional Children in Care Conference, they ran a workshop on family contact which is an important issue for children and young people in Middlesbrough. The Corporate Parenting Board makes sure that the Children in Care Council voice is heard and actions are taken to improve services based on their views and experiences of having received services. The Corporate Parenting Board has requested that the workshop from the Regional Children in Care Council Conference is recorded to allow its message to be circulated to all the relevant staff in Children's Services and to be used in training sessions for Corporate Parenting Board members. The messages heard from this workshop will also be used to as part of our training programme.")
                ParticipationGroup("have-your-say-council", "Have Your Say Council", audience: "looked after children",
                                   ages: .between(7, 13),
                                   description: "This group of children will work with the Children in Care Council on projects to support change and delivery of services and feed in to the Corporate Parenting Board, Participation/Engagement work strand of the MALAP and the wider MALAP meeting. A representative from each group will attend the meetings and have a lead person who can support them within the meetings.")
                Arrangement("Middlesbrough's Recruitment Policies and Procedures have been reviewed and reflect the importance of children/ young people's voices throughout the process. Currently young people sit as a separate interview panel and their views are fed into any appointment made. Plans are in place to formalise young people's involvement in recruitment processes and training is to be provided to young people to support development of their expertise in this area. Human Resource Procedures have been reviewed to ensure whole council approach is in place to support children and young people to be involved in all aspects of recruitment.")
                Arrangement("The Coram Voice – Bright spots survey ran in Middlesbrough in October 2018. All Looked after Children and Care Leavers were given the opportunity to take part in either the ‘Your Life, Your Care’ survey or the ‘Your Life, Beyond Care’ survey. The findings will be presented at a Voice and Influence Conference and used as a benchmark for services to make change.")
                Arrangement("The Voice and Influence Conference is for all front line staff. The Children in Care Council is organising and running this conference. They will run a workshop on a topic of their choice and be involved in every aspect of the conference planning.")
                Arrangement("A Children in Care Council apprentice will be employed to support both the Have Your Say Council and the Children in Care Council and wider Voice and Influence work in Middlesbrough.")
                Arrangement("CiCC is involved in Service inspections and Peer Challenges. CiCC will also feed into the SEND team through the SEND Challenge Day. This ensures that the young people have influence and understanding at both strategic and operational levels in order to improve practice based on the voice of young people.")
                Arrangement("A member from each Children in Care group will be invited to the MALAP meeting and will feed into the wider MALAP group.")
            }
        }
    }
}
