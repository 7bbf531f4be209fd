import CorporateParenting

extension Leicestershire {
    /// "Who is involved and responsible?": corporate parenting as everyone's responsibility, then its three
    /// sub-sections: councillors, officers within Children and Family Services, and the Virtual School.
    @PackContent static var whoIsInvolved: [Entry] {
        Section("Who is involved and responsible?", page: 8, line: 213) {
            Mechanism("A strong corporate parenting ethos means that everyone from the Chief Executive to front line staff, as well as elected council members, are concerned about our children and care leavers as if they were their own. In Leicestershire, Corporate Parenting is promoted as the responsibility of all.")
            Value("The actions, ambitions and belief in our children from the Director of Children and Family Services and the Lead Member for Children and Family Services sets the tone for us all to be an effective corporate parent.")
            councillorsAsCorporateParents
            officersWithinChildrenAndFamilyServices
            virtualSchool
        }
    }

    /// "Officers within Children and Family Services": the officers' responsibility and commitment, and the
    /// Assistant Director's direct responsibility for corporate parenting.
    @PackContent static var officersWithinChildrenAndFamilyServices: [Entry] {
        Section("Officers within Children and Family Services", line: 252) {
            Context("Officers in Children and Family Services have additional responsibilities to support and provide services for looked after children and young people, and care leavers.")
            Commitment(
                "They will ensure that their care planning and transition planning is effective, meaningful and influenced by their voice and choice.",
                owner: "Officers in Children and Family Services",
                mappings: [Mapping(principles: [3, 7], domains: [.voice, .adulthood], basis: .judged,
                                   note: "planning influenced by their voice and choice (3); transition planning (7)")]
            )
            // In place ("has direct responsibility"). The roles listed after "as do" share the responsibility;
            // they are kept in the sentence ("such as": the list is not complete).
            Body(
                .team, "children-and-family-services", "Children and Family Services",
                roles: [Role(.responsibleIndividual, "Assistant Director for Social Care",
                             wording: "has direct responsibility for corporate parenting")]
            ) {
                Context("The Assistant Director for Social Care has direct responsibility for corporate parenting, as do the wide range of roles that work directly with our children, such as: Independent Reviewing officers, Social Workers, Participation Workers, Children's Rights officers, youth offending workers, personal advisors and the Virtual School.")
            }
        }
    }

    /// "Virtual School": its commitments to aspiration and to children's voice, how it works with schools, and a
    /// list of its activities that did not survive extraction.
    @PackContent static var virtualSchool: [Entry] {
        Section("Virtual School", line: 259, capture: .partial) {
            Commitment(
                "In Leicestershire our Virtual School is committed to creating and supporting high aspirations for our children in care and those leaving care.",
                owner: "our Virtual School",
                mappings: [Mapping(principles: [5], domains: [.education], basis: .judged, note: "high aspirations")]
            )
            Provision("The dedication and support offered is in place to help our children achieve their best. Our children attend a range of schools both geographically and in terms of specialism, however the virtual school is central to ensuring that all our children in care and care leavers receive a high standard of education to enable them to successfully achieve good outcomes and successful futures.")
            Provision("Leicestershire Virtual School are successful by working in partnership with schools and social workers towards shared visions and goals. The Virtual School support this through monitoring, supporting and challenging where necessary through the review of the Personal Education Plans (PEP) and monitoring the use of the Pupil Premium Plus.")
            Partner("schools")
            Citation(.nationalPolicy, "Pupil Premium Plus")
            Commitment(
                "The voice of our children is fundamental to effective planning and the Virtual School is committed to ensuring that the voice of our children is not only sought but valued and incorporated into any planning.",
                owner: "the Virtual School",
                mappings: [Mapping(principles: [2, 3], domains: [.voice, .education], basis: .judged,
                                   note: "children's voice sought, valued and incorporated into planning")]
            )
            // Not captured: the list this introduces has no text in the extraction (lines 276-278 are blank).
            Narrative(.provision, "Additionally, the Virtual School lead a broad spectrum of engagement activities and learning opportunities including but not exhaustive of the following:", cutOff: true)
        }
    }
}
