import CorporateParenting

extension Leicestershire {
    /// "What do our children say?": one sentence of co-production, then a drafting placeholder. What children say
    /// is not in this version of the document (it was to be gathered in the consultation); the section is not
    /// cut off in capture, the document itself is incomplete here.
    @PackContent static var whatDoOurChildrenSay: [Entry] {
        Section("What do our children say?", line: 161) {
            // "this this strategy": the document's typo, kept.
            Coproduction(
                "We understand the importance and value of the views of our looked after children and care leavers and together we have developed 'Our Promise' which informs this this strategy.",
                who: "our looked after children and care leavers",
                how: "together we have developed 'Our Promise'",
                mappings: [Mapping(principles: [2, 3], domains: [.voice], basis: .judged,
                                   note: "children's views taken into account by developing 'Our Promise' with them")]
            )
            // A placeholder: a planned consultation, not a statement of what children said.
            Context("(Will be gathered as part of the consultation)")
        }
    }
}
