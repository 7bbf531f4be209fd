import CorporateParenting

extension Middlesbrough {
    /// Priority 3 (lines 330-368): two aims before the lists (kept apart, in order), 6 needs, 6 commitments,
    /// 11 practice bullets (one of them the leisure card offer).
    @PackContent static var priority3: [Entry] {
        Section("Priority 3: Positive Relationships and Identity", line: 330) {
            Priority(
                "positive-relationships-and-identity", "Positive Relationships and Identity",
                label: "Priority 3", number: 3, principles: [1, 6], domains: [.relationships],
                note: "relationships with family, siblings and peers, and identity (332, 348, 353); stability in education (357)",
                alternateTitles: [sectionOneWording(3)]
            ) {
                Aim("Children and young people are supported to maintain, build and sustain positive relationships with others, including their birth families, siblings in care, carers and their peers. Children and young people know who they are, why they are in care and understand their heritage. They feel valued by others, and their individual needs arising from race, culture, religion, sexual orientation or disability are understood and met.")
                Aim("We want to encourage our Looked after Children and young people to feel part of their local community and support them to be involved in a range of activities, including volunteer schemes and leisure activities.")
                Section("What we need to improve", line: 336) {
                    Improvement("Increase numbers of local, available placements to maintain local links and retain relationships.")
                    Improvement("Facilitate Family Group Conferences to retain, and where appropriate, strengthen family and friend relationships.")
                    Improvement("Undertaking Family Group Conferences to help young people be part of a strength based approach and to help understand the dynamics of their birth family.")
                    Improvement("Ensure children and young people placed at a distance have equivalent access to leisure and cultural activities as their peers")
                    Improvement("Ensuring as much information as possible is sought from parents, family and friends at the early stage of Children's Services involvement.")
                    Improvement("Continue to invest in our life story work to reflect the story of the child and help them understand their experiences and background.")
                }
                Section("What we will do:", line: 345) {
                    Commitment("Children and young people will be encouraged and have the opportunity to develop strong peer relationships")
                    Commitment("Children and young people will be supported to sustain family relationships with parents, siblings and extended family in a safe and positive way that promotes their sense of attachment.")
                    Commitment("Children and young people will have access to more specialist support if required to ensure needs are met through improved commissioned arrangements.")
                    // "in consultation with children and young people": how the activities will be shaped (planned).
                    Commitment("We will develop coordinated strategy with partners to increase Looked after Children and care leavers' participation in extracurricular activities. We will do this through creative activities in consultation with children and young people",
                               mappings: [voiceMapping])
                    // "supported why they are Looked After" as printed (a word seems missing).
                    Commitment("Children and young people will be supported why they are Looked After in order that they can make sense of their journey through care.")
                    Commitment("We will support children and young people to feel valued by others through further embedding our value base. We will promote individuality and show respect to others based on their individual needs arising from race, culture, religion, sexual orientation or disability. Respecting individuality will be at the heart of our practice.")
                }
                Section("What this means in practice", line: 355) {
                    Practice("Where possible, placements are local and priority is given to children and young people to help them continue in the same school or education establishment where this is in their best interests.")
                    Practice("A permanency planning process ensures that early decisions are made and any drift is avoided.")
                    Practice("Extended families are always considered as part of the planning process and children are placed with extended family where it is safe to do so.")
                    Practice("Contact supervisors are able to help facilitate contact with extended family and siblings where appropriate.")
                    Practice("Contact with family and siblings is always considered as part of planning including Adoption and Special Guardianship Support Plans")
                    Practice("A variety of activities is provided through the year for Looked after Children and Care Leavers.")
                    // An offer to looked after children and care leavers, in the borough's facilities.
                    Offer("Leisure cards are available to support leisure opportunities for Looked after Children and Care leavers. This provides free access to gym and swimming in the borough's facilities.")
                    Practice("A genogram is undertaken for all young people to aid understanding of their family and identity.")
                    Practice("Life story work will be undertaken for all Looked after Children where there is a decision of permanency.")
                    Practice("At the point of placement a robust matching process will be in place to consider issues of identity and belonging.")
                    Practice("Where there is not the same cultural identity for the child/young person within their placement, opportunities to ensure close cultural links will be considered and sought accordingly.")
                }
            }
        }
    }
}
