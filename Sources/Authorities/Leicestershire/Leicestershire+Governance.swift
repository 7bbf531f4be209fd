import CorporateParenting

extension Leicestershire {
    /// "Governance Arrangements for Corporate Parenting": why governance matters, the Corporate Parenting Board
    /// as it works now, and the Children in Care Council and SYPAC. The heading is broken over nine lines in the
    /// extraction (lines 289-297, "Governa / nce / Arrange / ments ..."); it is rejoined as the contents page
    /// prints it. The board itself (roles, members, meetings, remit) is the body in Appendix A, where its terms
    /// of reference are printed.
    @PackContent static var governance: [Entry] {
        Section("Governance Arrangements for Corporate Parenting", page: 11, line: 289) {
            // Rejoined around the garbled picture text at line 301 (see "What else do we do to show that we care?").
            Rationale("Strong corporate parenting means strong leadership, challenge and accountability at every level. The governance arrangements that underpin our Corporate Parenting approach focus on the importance of the voice of our children and how they experience the support they receive, feel listened to and taken seriously. Our governance arrangements enable challenge and reflection on how effectively we are applying the corporate parenting principles and ensuring the high level of care that we strive to provide.")
            Section("Corporate Parenting Board", id: "governance-corporate-parenting-board", page: 11, line: 305) {
                Context("The Corporate Parenting Board's purpose is to ensure that the whole council and partner agencies have a joint commitment to Corporate Parenting.")
                Aim("The aim of this is to achieve continuing improvements in the lives and outcomes for looked after children and young people and those who are care leavers.")
                // In place. "partner agencies" are not named here; the membership list names their posts.
                Context("The Corporate Parenting Board is well attended by partner agencies enabling the multi-agency ownership of the corporate parenting principles to be strong.")
                // In place ("is co-chaired"): the board's co-chair roles. The conjunction between the two
                // co-chairs is missing in print. The terms of reference name the same two seats as posts.
                Context("The meeting is co-chaired by the Lead Member for Children and Family Services one of our care experienced young people.")
                // "representation", not seats: SYPAC has no place in the membership list.
                Context("There is strong representation from our children in care council and Supporting Young People After Care (SYPAC) groups, which enables our children to have the platform to challenge, influence and celebrate.")
                // Rejoined across the page break (lines 309 and 319). "Appendix one" is the document's "Appendix A".
                Context("The terms of reference for the Corporate Parenting Board are contained in Appendix one of this strategy.")
            }
            childrenInCareCouncilAndSYPAC
        }
    }
}
