import CorporateParenting

extension Leicestershire {
    /// "Councillors as Corporate Parents": the national guidance behind members' role, the council's seven
    /// principles for elected members, the Member Champions planned for 2019, and the accountability of the lead
    /// member and the director.
    @PackContent static var councillorsAsCorporateParents: [Entry] {
        Section("Councillors as Corporate Parents", page: 8, line: 220) {
            // The letter has no title, so it stays as history rather than a citation.
            Context("In 1998, the Secretary of State wrote to councillors reminding them that they are ultimately accountable for the quality of care provided by their local authority and set out their specific responsibility to lead this work and monitor its effectiveness.")
            // The guides' titles are not printed; the citation names them as the document does.
            Citation(.guidance, "published guides for councillors",
                     text: "This position has been supported through published guides for councillors by the Department for Education in 2003 and 2013, highlighting that all elected members should be prepared and ready to champion the interests of looked after children and young people in their community.")
            Rationale("Elected members are in the unique position to promote opportunities for looked after children and care leavers through their political power and influence, through their connections in the community, schools, health services, local businesses and employers. If these links can be built upon then 'life choices' and outcomes for children and young people can be greatly improved.")
            Provision("Elected members are supported, by officers to engage with children in care and care leavers to support their understanding and gain their voice.")
            Context("Within Leicestershire we define how we expect elected members to fulfil their responsibilities as a 'corporate parent' in 7 principles:")
            membersPrinciples
            memberChampions
            // In place ("are required by law"; no Act named). Roles of the council, not of a body the pack holds.
            Mechanism("The lead member for children's services (LMCS) and the director of children's services (DCS) are required by law to hold direct local accountability for the effectiveness, availability and value for money of the local authorities children's services. The LMCS holds political accountability for all local authority children's services, including education and social care and the DCS carries the professional accountability.")
        }
    }

    /// The seven principles for elected members. They have no names beyond their words, so each is named by its
    /// text; the document maps none of them to a statutory principle (all mappings are judgements).
    @PackContent static var membersPrinciples: [Entry] {
        memberPrinciple("by having an understanding of the profile and needs of the children in the care of the local authority",
                        [1], note: "knowing the children's needs, to act in their best interests")
        memberPrinciple("by being aware of the impact on looked-after children of all council decisions",
                        [1], note: "their interests weighed in every council decision")
        memberPrinciple("by considering whether this would be good enough for your own child",
                        [1], note: "the good-parent test")
        memberPrinciple("by ensuring that the council has a focus on improving outcomes for looked-after children.",
                        [5], note: "the best outcomes")
        memberPrinciple("by acting as an advocate for looked-after children in your local community.",
                        [4, 5], note: "advocacy: opportunities and services in the community")
        memberPrinciple("by supporting the Member Champions in their role",
                        [4], note: "the champions develop the offer of services")
        memberPrinciple("by being aware of the work and aims of the Corporate Parenting Board",
                        [1], note: "the board's aims put children's best interests at the core of decisions")
    }

    static func memberPrinciple(_ text: String, _ principles: [PrincipleNumber], note: String) -> LocalPrinciple {
        LocalPrinciple(name: text, mappings: [Mapping(principles: principles, domains: [.governance], basis: .judged, note: note)])
    }

    /// "In 2019, three Member Champions will be appointed ... These champion roles will lead a working group on one
    /// of the specified areas": all planned. Each champion leads ("lead", not chair) one working group; the groups
    /// have no names, and no area is tied to one of the document's outcomes.
    @PackContent static var memberChampions: [Entry] {
        Body(
            .network, "member-champions", "Member Champions", status: .planned,
            remit: ["to develop our offer for children in care and care leavers and unpick issues and barriers as they arise"],
            mappings: [Mapping(principles: [4], domains: [.governance], basis: .judged,
                               note: "members developing the offer of services and removing barriers")]
        ) {
            Context("In 2019, three Member Champions will be appointed relating to Education, Training and Work, Accommodation and Housing and Health.")
            Context("These champion roles will lead a working group on one of the specified areas to develop our offer for children in care and care leavers and unpick issues and barriers as they arise.")
            championGroup("member-champion-working-group-education-training-and-work", area: "Education, Training and Work",
                          Mapping(principles: [5, 7], domains: [.education, .adulthood], basis: .judged, note: "education, training and work"))
            championGroup("member-champion-working-group-accommodation-and-housing", area: "Accommodation and Housing",
                          Mapping(principles: [6, 7], domains: [.homes, .adulthood], basis: .judged, note: "accommodation and housing"))
            championGroup("member-champion-working-group-health", area: "Health",
                          Mapping(principles: [1], domains: [.health], basis: .judged, note: "health"))
        }
    }

    /// One champion's working group, planned, led by its Member Champion, on its area.
    static func championGroup(_ id: ID<Body>, area: String, _ mapping: Mapping) -> Body {
        Body(
            .workingGroup, id, "working group", status: .planned,
            roles: [.lead("Member Champion", status: .planned, wording: "These champion roles will lead a working group")],
            themes: [area], partOf: "member-champions", mappings: [mapping]
        )
    }
}
