import CorporateParenting

extension Middlesbrough {
    /// Priority 1 (lines 252-287): 9 needs, 7 commitments, 6 practice bullets.
    @PackContent static var priority1: [Entry] {
        Section("Priority 1: Our Children and Young People are Respected and Involved", line: 252) {
            Priority(
                "respected-and-involved", "Our Children and Young People are Respected and Involved",
                label: "Priority 1", number: 1, principles: [2, 3, 4], domains: [.voice],
                note: "views sought and acted on (256, 261, 262, 272); entitlements, information and complaints (263, 274)",
                alternateTitles: [sectionOneWording(1)]
            ) {
                Section("What we need to improve", line: 254) {
                    Improvement("We need to ensure our Children in Care Council has a prominent position within the governance arrangements for Looked after Children and Care Leavers so that their views are taken into account and acted upon.")
                    Improvement("We need to develop our approach to Middlesbrough's Children in Care Council, building on the existing group and establishing a structured approach to engaging care leavers, younger Looked after Children and those placed at a distance")
                    Improvement("We need to ensure that the views of young people are at the heart of the LAC review process and are sought in a timely and facilitative way.")
                    Improvement("We need to improve on evidencing how we have responded to a young person's views and the difference this has made, outlining reasons for our response")
                    Improvement("We have more to do to ensure Looked after Children and Care Leavers maximise their take-up of rights and entitlements through more accessible information available in a range of formats, including e-materials.")
                    // One bullet: what is done now (no count of interviews or of positive responses), then the need.
                    Provision("Looked after Children and care leavers engage in structured interviews at key points and responses demonstrate a high level of positive feedback on the services they've received.")
                    Improvement("However, in order to make the most of this process, findings need to be systematically collected, collated and reported, to ensure this information presents an accurate picture and is useful in informing service development.")
                    Improvement("We need to continue to develop our approach to participation and engagement, building capability across the service so that we can hear and respond to the voices and views of children, young people and their families.")
                    Improvement("We need to build on existing celebration activities to ensure we recognise the achievements of the wider group of Looked After Children and Care Leavers")
                    Improvement("We need to develop our approach to involving Looked after Children and care leavers in our recruitment processes, ensuring we create a sustainable and flexible approach that values young people's involvement.")
                }
                Section("What we will do:", line: 269) {
                    Commitment("Ensure staff have the knowledge, skills and commitment to engage and listen to Looked after Children and care leavers in effective ways, appropriate to their age, ability and interest.")
                    Commitment("Ensure we maximise the involvement of Looked after Children and care leavers in decisions made that affect them and provide feedback on any actions that are/are not taken as a result.")
                    Commitment("Ensure that Looked After Children and care leavers are aware of their entitlements and know where to access information, how to seek advice and support, and understand how to make a complaint.")
                    Commitment("Ensure that the Council and its partners support Children in Care Council activities and deliver against the commitments made in Our Pledge and the 'Care Leavers' Charter'.",
                               links: ["Our Pledge", "Care Leavers' Charter"])
                    Commitment("Ensure that Looked after Children and Care Leavers' engagement and participation is embedded within each priority of our Corporate Parenting Strategy.")
                    Commitment("Ensure we celebrate the achievements of all of our Looked after Children and Care Leavers.")
                    Commitment("Increase the number of Looked After Children and Care Leavers who are involved in our Children in Care Council activities")
                }
                Section("What this means in practice", line: 280) {
                    Practice("Looked after Children are visited at least every 6 weeks and are seen alone.")
                    Practice("Contact with care leavers takes place set against need and in agreement with our Young People")
                    Practice("Looked after Children and care leavers are active participants in their review and meet their Independent Reviewing Officer regularly, and before each upcoming review.")
                    Practice("We provide a variety of ways for children and young people to express their views including independent advocacy.")
                    Practice("Having a strong and active Children in Care Council which is able to help influence and shape the delivery of services through direct access to senior officers of Children's Services.")
                    Practice("Looked after Children and Care Leavers are regularly involved in the recruitment and interview process for Children's Social Care staff.")
                }
            }
        }
    }
}
