import CorporateParenting

extension Sefton {
    /// "Corporate Parenting Responsibilities": the DfE guidance on the roles of the Director of Children's
    /// Services and the Lead Member, then the ten responsibilities of every council Senior Officer and every
    /// Elected Member. "as previously outlined" is a dangling reference: no earlier part of this document outlines
    /// the DCS's or Lead Member's roles, and it does not say whether the Lead Member chairs the board.
    @PackContent static var responsibilities: [Entry] {
        Section("Corporate Parenting Responsibilities", page: 12, line: 219) {
            // The opening quote of the title is never closed, as printed.
            Citation(.guidance, "Statutory Guidance on the Roles and Responsibilities of the Director of Children's Services and the Lead Member for Children's Services",
                     text: "The responsibilities of the Director of Children's Services and the Lead Member in ensuring that the Council fulfils its role as an effective Corporate Parent was highlighted by the publication of 'Statutory Guidance on the Roles and Responsibilities of the Director of Children's Services and the Lead Member for Children's Services. (DfE April 2013).")
            Mechanism("Whilst the Director of Children's Services and Lead Member have specific roles and responsibilities as previously outlined, every council Senior Officer and every Elected Member has Corporate Parenting responsibilities, and it is therefore incumbent upon them all:")
            ExpectationSet(
                title: "Corporate Parenting Responsibilities",
                audience: "every council Senior Officer and every Elected Member",
                items: [
                    "To listen to our cared for and care experienced children and young people.",
                    "To work in partnership with cared for and care experienced children and young people to improve services and support for all children and young people in care.",
                    "To ensure that the commitments outlined in the Sefton Pledge are delivered.",
                    "To ensure that the Sefton Local Offer clearly outlines support and services available to all Sefton care experienced young people.",
                    "To provide leadership across the authority in safeguarding and promoting the welfare of our cared for children and young people.",
                    "To understand the impact of all council decisions on cared for and care experienced children and young people.",
                    "To ensure that governance arrangements are in place to implement any decisions regarding children and young people across the authority and partner agencies.",
                    "To have access to both qualitative and quantitative information on the service and to evaluate this information.",
                    "To ensure that the strategic plans of the local authority and joint plans with partner agencies address the needs of our cared for and care experienced children and young people.",
                    "To keep up to date with emerging research findings and new initiatives that should inform the direction of services.",
                ]
            )
            // Named, not set out in this document: the pack holds no offer items for it.
            Citation(.localPlan, "Sefton Local Offer")
            Partner("partner agencies")
        }
    }
}
