import CorporateParenting

extension Lancashire {
    /// Appendix 5: ten expectations of elected members, district councils and partners, as printed. They are
    /// imperatives addressed to roles, with no owner or status, so they stay one list rather than commitments. The
    /// last two ("Ask how all elements of council business...", "Make connections and links between council
    /// plans...") work as whole-council mechanisms, but they are kept in the list they are printed in, once.
    @PackContent
    static var roleOfElectedMembers: [Entry] {
        Section("Appendix 5 The role of Elected Members/District Councils/Partners", id: "appendix-5", line: 499) {
            ExpectationSet(
                title: "The role of Elected Members/District Councils/Partners",
                audience: "Elected Members/District Councils/Partners",
                items: [
                    "Have a clear understanding and awareness of the issues for looked after children and care leavers in the authority area and those placed out of area",
                    "Champion the interests of looked after children and care leavers in all they do",
                    "Ask questions about outcomes for children and challenge appropriately",
                    "Ensure looked after children and care leavers have a say in how decisions are made about the services that affect them, so they can influence those decisions. This includes councillors engaging with the looked after children council and the leaving care council",
                    "Provide meaningful work based training opportunities, including apprenticeships for care leavers within the council and its partners and contractors to improve their future prospects",
                    "Ensure children placed out of county receive an equal service",
                    "Ensure that the council, as Corporate Parent, is keeping the promise it has made in the Care Leavers Pledge",
                    "Require evidence of improving positive outcomes and aspirational progress for Lancashire's looked after children",
                    "Ask how all elements of council business have an impact for looked after children",
                    "Make connections and links between council plans, strategies and decision-making for looked after children",
                ]
            )
            // Named only: its promises are not printed. Whether it is the "Corporate Parents Promise" of Objective 2
            // is not said.
            Citation(.localPlan, "Care Leavers Pledge")
        }
    }
}
