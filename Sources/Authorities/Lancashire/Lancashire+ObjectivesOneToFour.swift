import CorporateParenting

extension Lancashire {
    /// Objective 1: voice, with the young people's groups it names.
    @PackContent
    static var objectiveOne: [Entry] {
        Section("Objective 1", line: 170) {
            Objective("voice", "Children and young people have a voice in the way we deliver our services.",
                      label: "Objective 1", number: 1, principles: [2, 3], domains: [.voice],
                      note: "\"consulted and actively participate in the decisions we make\"; \"they have a say\"") {
                Aim("'To ensure that children and young people are consulted and actively participate in the decisions we make about how we deliver our services'.")
                // A motto in the first person and in quotation marks, with no speaker printed: voice, not an aim.
                Voice("'Nothing about me without me'.")
                Provision("We enable children and young people in our care and care leavers to engage and collaborate with us on everything that is important to them. We ensure their voice is heard during visits and in meetings, assessments and plans are co-produced with their involvement and they have a say in the decisions we make.")
                Commitment("We will continue to consult with as many children and young people as possible and support their engagement with the Children in Care Council (LINX and POWAR), the Care Leavers Forum and the Corporate Parenting Board. They will have a say, be able to influence change and their ideas and recommendations will shape our services for them.")
                // The groups as the commitment names them. Their ages and meetings are not printed. The glossary
                // gives "LINX - Children in Care Council"; Appendix 5 speaks of "the looked after children council"
                // and "the leaving care council" (probably these two bodies, not stated); the graphic labels that
                // follow print "Care Leaver Forum". Young people's "engagement with" the Corporate Parenting Board is
                // not membership of it.
                Body(.youthGroup, "children-in-care-council", "Children in Care Council",
                     mappings: [Mapping(principles: [2, 3], domains: [.voice], basis: .judged,
                                        note: "children in care having a say through their council")]) {
                    Body(.youthGroup, "linx", "LINX", partOf: "children-in-care-council")
                    Body(.youthGroup, "powar", "POWAR", partOf: "children-in-care-council")
                }
                Body(.youthGroup, "care-leavers-forum", "Care Leavers Forum",
                     mappings: [Mapping(principles: [2, 3], domains: [.voice], basis: .judged,
                                        note: "care leavers having a say through their forum")])
            }
            // L182-L185, "POWAR", "LINX", "Care Leaver Forum", "Corporate Parenting Board": graphic labels, not text.
        }
    }

    /// Objective 2: belonging and stability, the Life Story Policy, the Local Offer and the Corporate Parents Promise.
    @PackContent
    static var objectiveTwo: [Entry] {
        Section("Objective 2", line: 189) {
            Objective("belonging", "Children and young people will have a sense of belonging, security, continuity, support and stability.",
                      label: "Objective 2", number: 2, principles: [1, 6, 7], domains: [.relationships, .homes, .adulthood],
                      note: "belonging, continuity and stability (6); connections and inclusion (1); care leavers' support networks and Local Offer (7)") {
                Aim("‘Achieving permanence is at the heart of every decision made by us and our partners’")
                Aim("‘Working with our partners to build strong communities for the children and young people in our care and care leavers to live in’.")
                Provision("We use trauma informed and strength-based practice and encourage our partners to do the same. Children and young people in our care and care leavers are involved to improve permanence practice.")
                // The policy's revision is done; the work with partners is under way.
                Step("We have revised our Life Story Policy and are working with our partners to embed a more holistic and continued approach to Life Story.",
                     status: DeliveryStatus(.inProgress, wording: "are working with our partners"))
                Citation(.localPlan, "Life Story Policy", text: "We have revised our Life Story Policy")
                Provision("Children and young people in our care are supported to maintain connections to those important to them and care leavers are supported to build strong and effective personal support networks.")
                // Rejoined across a blank line after "they".
                Rationale("It is important that wherever children and young people live they are supported to feel included in their local communities.")
                // One sentence: the Local Offer as it stands, then what the council will do.
                Provision("Care Leavers are provided with a Local Offer that is regularly reviewed")
                Commitment("we will be working with the Care Leaver Covenant to further improve the offer from our partners to care leavers across the region.")
                // The Local Offer's contents are not printed; the title is a label under the text.
                Citation(.localPlan, "Lancashire’s Local Offer for care leavers")
                Citation(.nationalPolicy, "Care Leaver Covenant")
                Commitment("We stand by our Corporate Parents Promise and continue to build a stronger corporate family for the benefit of the children and young people in our care and care leavers.")
                // Named only: its promises are not printed. Whether it is the "Care Leavers Pledge" of Appendix 5 is
                // not said.
                Citation(.localPlan, "Corporate Parents Promise")
            }
        }
    }

    /// Objective 3: a safe, suitable and lasting home.
    @PackContent
    static var objectiveThree: [Entry] {
        Section("Objective 3", line: 215) {
            Objective("lasting-home", "Children and young people will have a safe, suitable and lasting home to live and be cared for.",
                      label: "Objective 3", number: 3, principles: [6, 7], domains: [.homes, .adulthood],
                      note: "\"safe, suitable and lasting home\" (6); \"lasting homes in adulthood\" for care leavers (7)") {
                Aim("‘To ensure that we have a range of suitable and appropriate homes to meet the immediate and long-term needs of the children and young people in our care and for care leavers.’")
                Provision("All children and young people in our care and care leavers are provided with exceptional love, care and kindness where they live and from the professionals around them.")
                Provision("We work with our partners to ensure children and young people are provided with the right home, at the right place and at the right time. For children and young people who can return to live with their families safely they are well supported to achieve this.")
                Provision("Our sufficiency strategy and lasting home process increases permanence for children and young people in care, young people move from fulltime care to high quality semi-independent living provisions when they are ready, and our Joint Housing Protocol with District Councils ensures care leavers can access lasting homes in adulthood.")
                Citation(.localPlan, "sufficiency strategy")
                Citation(.localPlan, "Joint Housing Protocol")
                Partner("District Councils")
                Provision("We work with our partners as a corporate family to ensure our children and young people feel happy and safe where they live, and care leavers have continued support to manage and maintain their lasting homes.")
                // The document does not call Staying Put part of its Local Offer.
                Provision("We support young people in foster care to continue living with their carers under Staying Put and ensure our Staying Put offer is current and attractive.")
                Provision("Our Housing Advisors work alongside the Leaving Care Teams and we work with the Department for Levelling Up, Housing and Communities to prevent homelessness.")
                Partner("Department for Levelling Up, Housing and Communities")
            }
        }
    }

    /// Objective 4: leaving care, the Personal Advisor, independence preparation and financial support.
    @PackContent
    static var objectiveFour: [Entry] {
        Section("Objective 4", line: 233) {
            Objective("leaving-care", "Children and young people are well prepared and supported when leaving care.",
                      label: "Objective 4", number: 4, principles: [4, 7], domains: [.adulthood],
                      note: "\"can access a range of services\" (4); \"leave care as a young adult\" (7)") {
                Aim("‘to ensure that all care leavers feel supported and can access a range of services to promote their continued wellbeing into adulthood’.")
                Aim("‘to enable care leavers to set up and maintain their own home’.")
                // "will be provided ... when they are 16" reads as what happens at 16, not a new undertaking.
                Provision("Young people in our care will be provided with a Personal Advisor alongside the continued support from their Social Worker when they are 16 years old.")
                Provision("Together with their carers and the professionals around them young people are supported to develop the relevant knowledge and skills needed to leave care as a young adult.")
                // The financial items are examples ("for example") of support that "exceeds statutory
                // expectations"; the document does not call them items of its Local Offer.
                Provision("Our independence preparation includes general and practical preparation, social and emotional support as well as financial education. Our financial support exceeds statutory expectations to provide additional financial security in adulthood for example, with additional rent payments, an increased setting up home allowance and our council tax grant.")
                Rationale("We know independence preparation doesn't stop at 18 and the interdependence of doing things independently and accessing support when needed continues in adulthood.")
                Provision("Hence, Personal Advisors form strong and supportive relationships with our young people and we offer support from an allocated Personal Advisor up to a young person's 25th birthday.")
                // Past: done during the pandemic, not a current offer. Printed without a final full stop.
                Step("During the pandemic, we provided additional financial assistance to care leavers by paying a Leaving Care Top Up in line with the increased Universal Credit rate and ensured young people have the technology to stay connected with those important to them",
                     status: DeliveryStatus(.complete, wording: "During the pandemic, we provided"))
            }
        }
    }
}
