import CorporateParenting

// Section 4 sets eight objectives "under our 4 priorities" without saying which sits under which, so none names a
// priority. Quoted statements of intent are the objectives' aims; present-tense accounts of what already happens are
// `.practice`; what the council will do or is still doing ("We will", "are working", "are developing") is `.action`.
extension Lancashire {
    /// Objectives 1 to 4, with the participation groups, pledge and local offer items they name.
    @ContentBuilder<PackElement>
    static var objectivesOneToFour: [PackElement] {
        objectiveOne
        objectiveTwo
        objectiveThree
        objectiveFour
    }

    @ContentBuilder<PackElement>
    static var objectiveOne: [PackElement] {
        Section("Objective 1") {
            Objective("voice", "Children and young people have a voice in the way we deliver our services.",
                      number: 1, principles: [2, 3], domains: [.voice]) {
                Aim("'To ensure that children and young people are consulted and actively participate in the decisions we make about how we deliver our services'.")
                Aim("'Nothing about me without me'.")
                Commitment(.practice, "We enable children and young people in our care and care leavers to engage and collaborate with us on everything that is important to them. We ensure their voice is heard during visits and in meetings, assessments and plans are co-produced with their involvement and they have a say in the decisions we make.")
                Commitment("We will continue to consult with as many children and young people as possible and support their engagement with the Children in Care Council (LINX and POWAR), the Care Leavers Forum and the Corporate Parenting Board. They will have a say, be able to influence change and their ideas and recommendations will shape our services for them.")
            }
            ParticipationGroup("linx", "LINX", partOf: "Children in Care Council",
                               description: "Thank you to LINX and the Care Leavers Forum for helping us shape our strategy.")
            ParticipationGroup("powar", "POWAR", partOf: "Children in Care Council")
            ParticipationGroup("care-leavers-forum", "Care Leavers Forum",
                               description: "Thank you to LINX and the Care Leavers Forum for helping us shape our strategy.")
        }
    }

    @ContentBuilder<PackElement>
    static var objectiveTwo: [PackElement] {
        Section("Objective 2") {
            Objective("belonging", "Children and young people will have a sense of belonging, security, continuity, support and stability.",
                      number: 2, principles: [1, 6], domains: [.relationships, .homes]) {
                Aim("‘Achieving permanence is at the heart of every decision made by us and our partners’")
                Aim("‘Working with our partners to build strong communities for the children and young people in our care and care leavers to live in’.")
                Commitment(.practice, "We use trauma informed and strength-based practice and encourage our partners to do the same. Children and young people in our care and care leavers are involved to improve permanence practice.")
                Commitment("We have revised our Life Story Policy and are working with our partners to embed a more holistic and continued approach to Life Story.")
                Commitment(.practice, "Children and young people in our care are supported to maintain connections to those important to them and care leavers are supported to build strong and effective personal support networks. It is important that wherever children and young people live they are supported to feel included in their local communities.")
                Commitment("Care Leavers are provided with a Local Offer that is regularly reviewed and we will be working with the Care Leaver Covenant to further improve the offer from our partners to care leavers across the region.")
                Commitment(.practice, "We stand by our Corporate Parents Promise and continue to build a stronger corporate family for the benefit of the children and young people in our care and care leavers.")
                Partner("Care Leaver Covenant")
            }
            // Named only; its content is not set out in the document.
            Pledge("corporate-parents-promise", "Corporate Parents Promise")
        }
    }

    @ContentBuilder<PackElement>
    static var objectiveThree: [PackElement] {
        Section("Objective 3") {
            Objective("lasting-home", "Children and young people will have a safe, suitable and lasting home to live and be cared for.",
                      number: 3, principles: [1, 6, 7], domains: [.homes, .adulthood]) {
                Aim("‘To ensure that we have a range of suitable and appropriate homes to meet the immediate and long-term needs of the children and young people in our care and for care leavers.’")
                Commitment(.practice, "All children and young people in our care and care leavers are provided with exceptional love, care and kindness where they live and from the professionals around them.")
                Commitment(.practice, "We work with our partners to ensure children and young people are provided with the right home, at the right place and at the right time. For children and young people who can return to live with their families safely they are well supported to achieve this.")
                Commitment(.practice, "Our sufficiency strategy and lasting home process increases permanence for children and young people in care, young people move from fulltime care to high quality semi-independent living provisions when they are ready, and our Joint Housing Protocol with District Councils ensures care leavers can access lasting homes in adulthood.")
                Commitment(.practice, "We work with our partners as a corporate family to ensure our children and young people feel happy and safe where they live, and care leavers have continued support to manage and maintain their lasting homes.")
                Commitment(.practice, "We support young people in foster care to continue living with their carers under Staying Put and ensure our Staying Put offer is current and attractive.")
                Commitment(.practice, "Our Housing Advisors work alongside the Leaving Care Teams and we work with the Department for Levelling Up, Housing and Communities to prevent homelessness.")
                Partner("District Councils")
                Partner("Department for Levelling Up, Housing and Communities")
            }
            LocalOffer("We support young people in foster care to continue living with their carers under Staying Put and ensure our Staying Put offer is current and attractive.")
        }
    }

    @ContentBuilder<PackElement>
    static var objectiveFour: [PackElement] {
        Section("Objective 4") {
            Objective("leaving-care", "Children and young people are well prepared and supported when leaving care.",
                      number: 4, principles: [4, 7], domains: [.adulthood]) {
                Aim("‘to ensure that all care leavers feel supported and can access a range of services to promote their continued wellbeing into adulthood’.")
                Aim("‘to enable care leavers to set up and maintain their own home’.")
                Commitment("Young people in our care will be provided with a Personal Advisor alongside the continued support from their Social Worker when they are 16 years old.")
                Commitment(.practice, "Together with their carers and the professionals around them young people are supported to develop the relevant knowledge and skills needed to leave care as a young adult.")
                Commitment(.practice, "Our independence preparation includes general and practical preparation, social and emotional support as well as financial education. Our financial support exceeds statutory expectations to provide additional financial security in adulthood for example, with additional rent payments, an increased setting up home allowance and our council tax grant.")
                Commitment(.practice, "We know independence preparation doesn't stop at 18 and the interdependence of doing things independently and accessing support when needed continues in adulthood. Hence, Personal Advisors form strong and supportive relationships with our young people and we offer support from an allocated Personal Advisor up to a young person's 25th birthday.")
                Commitment(.practice, "During the pandemic, we provided additional financial assistance to care leavers by paying a Leaving Care Top Up in line with the increased Universal Credit rate and ensured young people have the technology to stay connected with those important to them")
            }
            // The financial support the document says "exceeds statutory expectations", item by item as printed.
            LocalOffer("additional rent payments")
            LocalOffer("an increased setting up home allowance")
            LocalOffer("our council tax grant")
            LocalOffer("we offer support from an allocated Personal Advisor up to a young person's 25th birthday")
            LocalOffer("During the pandemic, we provided additional financial assistance to care leavers by paying a Leaving Care Top Up in line with the increased Universal Credit rate and ensured young people have the technology to stay connected with those important to them")
        }
    }
}
