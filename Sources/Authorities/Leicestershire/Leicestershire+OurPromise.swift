import CorporateParenting

extension Leicestershire {
    /// "Our Promise": the council's pledge to children in care and care leavers, made "in 7 Key Areas". The
    /// pledge is one item; each Key Area is a promise. The document maps no area to a principle: every mapping
    /// here is a judgement.
    @PackContent static var ourPromise: [Entry] {
        Section("Our Promise", page: 6, line: 167) {
            Pledge("our-promise", "Our Promise",
                   principles: [1, 2, 3, 4, 5, 6, 7], domains: [.voice, .homes, .relationships, .adulthood],
                   note: "the seven Key Areas together (each area is mapped on its own)") {
                Context("Our Promise sets out our commitment to ensure that Leicestershire County Council and its partners provide the best support, guidance and care to our Children in Care and Care Leavers. It demonstrates that we value them for their individuality, provide stability and offer aspirational life chances in the same way any good parent provides for their children.")
                Rationale("In the same way that a family shares responsibility for bringing up their children with their extended family members, the corporate parenting responsibility must be shared by everyone involved in supporting children in care.")
                Context("This includes health bodies, education services such as schools and colleges, the police, youth and youth justice organisations, and the private and third sectors.")
                Partner("health bodies")
                Partner("education services such as schools and colleges")
                Partner("the police")
                Partner("youth and youth justice organisations")
                Partner("the private and third sectors")
                // In place ("have all signed up"): the council, its members and partners have signed the pledge.
                Mechanism("Leicestershire County Council, elected members and key partner agencies have all signed up to Our Promise.")
                Aim("Collectively we want to enable all our young people to make positive life choices and achieve their goals and beyond.")
                Context("Our Promise makes a commitment directly to young people and their families in 7 Key Areas:")
                Promise("We will support you",
                        mappings: [Mapping(principles: [1], basis: .judged, note: "support in general: their best interests and well-being")])
                Promise("Respect and Honour your identity",
                        mappings: [Mapping(principles: [1], domains: [.relationships], basis: .judged, note: "identity")])
                Promise("We will listen to you",
                        mappings: [Mapping(principles: [2, 3], domains: [.voice], basis: .judged, note: "listening")])
                Promise("We will believe in you",
                        mappings: [Mapping(principles: [5], basis: .judged, note: "high aspirations")])
                Promise("We will find you a place you can call home",
                        mappings: [Mapping(principles: [6], domains: [.homes], basis: .judged, note: "a stable home")])
                Promise("We will inform you",
                        mappings: [Mapping(principles: [4], basis: .judged, note: "information to use services")])
                Promise("We will be a lifelong champion",
                        mappings: [Mapping(principles: [5, 7], domains: [.adulthood], basis: .judged,
                                           note: "support beyond childhood, championing their outcomes")])
            }
        }
    }
}
