import CorporateParenting

extension Sefton {
    /// "Corporate Parenting Responsibilities": what is incumbent on every Senior Officer and Elected Member. The
    /// Sefton Pledge and the Sefton Local Offer are named here, but the document does not set out their content.
    @ContentBuilder<PackElement>
    static var responsibilities: [PackElement] {
        Section("Corporate Parenting Responsibilities") {
            ExpectationSet(
                "Corporate Parenting Responsibilities",
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
        }
    }
}
