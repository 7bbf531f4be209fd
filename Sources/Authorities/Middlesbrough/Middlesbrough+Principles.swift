import CorporateParenting

extension Middlesbrough {
    /// "Principles": the eight 'rights' (the document calls them "principles or 'rights'" and prints no count), the
    /// five things each is said to be considered under, and the paragraph on their co-dependency.
    ///
    /// The document never links its rights to the seven statutory principles (line 98 promises "How these
    /// fundamental rights link to our underpinning principles" but gives no link), so every mapping is judged.
    ///
    /// Lines 95-103 describe a structure the document does not follow: the strategy is set out under seven
    /// priorities, never right by right under the five headings. "The strategy and sufficiency plan" may mean the
    /// structure is the Sufficiency Plan's. A statement about structure, not two statements that cannot both be
    /// true, so it is noted here rather than recorded as an inconsistency.
    @PackContent static var principles: [Entry] {
        Section("Principles", line: 82) {
            Context("Our work is informed by a series of principles or 'rights'")
            LocalPrinciple(name: "The right to a well-planned service with strong leadership and governance",
                           mappings: [Mapping(domains: [.governance], basis: .judged, note: "leadership and governance")])
            LocalPrinciple(name: "The right to family life",
                           mappings: [Mapping(principles: [6], domains: [.relationships], basis: .judged, note: "stability in relationships")])
            LocalPrinciple(name: "The right to have contact with family members and other who are important to our Looked after Children and Young people",
                           mappings: [Mapping(principles: [6], domains: [.relationships], basis: .judged, note: "contact with family and others")])
            LocalPrinciple(name: "The right to be respected no matter what your individual circumstances are",
                           mappings: [Mapping(principles: [1], domains: [.relationships], basis: .judged, note: "respect and identity")])
            LocalPrinciple(name: "The right place to live",
                           mappings: [Mapping(principles: [6], domains: [.homes], basis: .judged, note: "a place to live")])
            LocalPrinciple(name: "The right support",
                           mappings: [Mapping(principles: [4], basis: .judged, note: "access to services and support")])
            LocalPrinciple(name: "The right to a voice",
                           mappings: [Mapping(principles: [2, 3], domains: [.voice], basis: .judged, note: "being heard")])
            LocalPrinciple(name: "The right to a positive transition on into adult life",
                           mappings: [Mapping(principles: [7], domains: [.adulthood], basis: .judged, note: "transition to adulthood")])
            Context("The strategy and sufficiency plan has been developed in response to these core principles, within each principle consideration is given to:")
            Context("What this says about our vision")
            Context("How these fundamental rights link to our underpinning principles")
            Context("What we know about the national picture and about our service")
            Context("What we have already done")
            Context("What we plan to do")
            Rationale("Although each 'right' is considered in turn, all sections are co-dependent, for example success in ensuring all our children have the right place to live will depend on safely reducing the numbers of Looked after Children and Young people increasing placement choice. Well planned services are dependent on children having the right to a voice that is heard and valued and used a means of measuring the effectiveness of service delivery.")
        }
    }
}
