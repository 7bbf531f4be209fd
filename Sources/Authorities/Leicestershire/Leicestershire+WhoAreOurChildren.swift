import CorporateParenting

extension Leicestershire {
    /// "Who are our 'Children in Care and Care Leavers?'": the two definitions the strategy works to, with the
    /// ages and the group they name. Both definitions are printed in quotation marks without a source.
    @PackContent static var whoAreOurChildren: [Entry] {
        Section("Who are our 'Children in Care and Care Leavers?'", page: 5, line: 138) {
            // "under 18 years" is ages up to 17. The quoted definition names disabled children accommodated under
            // Section 20 as included, without a count.
            StrategyScope(
                text: "A child (under 18 years) is legally 'looked after' by a local authority if he or she:",
                ages: AgeRange(max: 17),
                groups: ["disabled children who are provided with accommodation under Section 20"]
            )
            // Rejoined across the page break (lines 142 and 155).
            Definition(
                term: "looked after",
                text: "is provided with accommodation under Section 20 of the Children Act 1989 from the local authority for a continuous period of more than 24 hours; is subject to a care order; or is subject to a placement order. This also includes disabled children who are provided with accommodation under Section 20. Looked after children in care can be placed with foster carers, in residential homes, with parents or other relatives (under certain circumstances)"
            )
            Citation(.legislation, "Children Act 1989", text: "Section 20 of the Children Act 1989")
            // A run-in label ending in a colon, read as a sub-heading (a judgement; it could be a label).
            Section("Definition of a care leaver:", line: 157) {
                Definition(
                    term: "care leaver",
                    text: "A care leaver is broadly defined as a person aged between 16 and 25, who has been looked after by a local authority for at least 13 weeks since the age of 14 is either currently in care or has left care and has been looked after for a period of time after their 16th birthday"
                )
                StrategyScope(ages: .between(16, 25), groups: ["care leaver"])
            }
        }
    }
}
