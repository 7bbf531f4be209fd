import CorporateParenting

extension Lancashire {
    /// Appendix 2: how progress is reviewed (PACT and DQP meetings), the Corporate Parenting Board's monitoring, and
    /// the outcome measures being developed, published as a separate document.
    @PackContent
    static var howWeWillKnow: [Entry] {
        Section("Appendix 2 How we will know we have made a difference", id: "appendix-2", line: 437) {
            // One sentence names both kinds of meeting. "periodically" fixes no count; whether "at senior manager,
            // head of service and director level" qualifies both kinds or DQP only is not clear, so it stays here.
            Context("Progress against our objectives is measured by a variety of key performance indicators and reviewed periodically through Performance, Audit, Challenge, Track (PACT) meetings and Data, Quality & Performance (DQP) meetings at senior manager, head of service and director level.")
            // The indicators are not listed.
            Metric("objectives-kpis", "a variety of key performance indicators", purpose: .monitor, domain: .governance)
            Body(.other, "pact-meetings", "Performance, Audit, Challenge, Track (PACT) meetings",
                 meets: .stated("periodically", perYear: nil),
                 remit: ["Progress against our objectives is measured by a variety of key performance indicators and reviewed periodically"])
            Body(.other, "dqp-meetings", "Data, Quality & Performance (DQP) meetings",
                 meets: .stated("periodically", perYear: nil),
                 remit: ["Progress against our objectives is measured by a variety of key performance indicators and reviewed periodically"])
            // The board is described here; its chair is named only in the Introduction's signature block
            // ("Cllr Stephen Clarke / Chair of Corporate Parenting Board"), stated as a title, so in place. Its
            // members, meetings, reporting line and whether young people sit on it are not printed (Objective 1
            // speaks of young people's "engagement with" it).
            Body(.board, "corporate-parenting-board", "Corporate Parenting Board",
                 roles: [.chair("Cllr Stephen Clarke", wording: "Chair of Corporate Parenting Board")],
                 remit: ["Progress and effectiveness are also monitored by the Corporate Parenting Board through service specific key performance indicators for Children's Services and partners."]) {
                // Not listed either.
                Metric("board-kpis", "service specific key performance indicators for Children's Services and partners",
                       purpose: .monitor, domain: .governance)
            }
            // The council ("we") develops the measures with its partners and the board: an action under way, not a
            // standing duty of the board. The strategy's own metrics are therefore not set in this document.
            Step("To monitor and improve the effectiveness of our Corporate Parenting Strategy we are developing outcome measures with our partners and the Corporate Parenting Board.",
                 status: DeliveryStatus(.inProgress, wording: "we are developing"))
            // Published separately; its contents are not part of this document.
            Citation(.localPlan, "Corporate Parenting Strategy 2022-2026 Outcome Measures",
                     text: "The document Corporate Parenting Strategy 2022-2026 Outcome Measures is published and updated in addition to this strategy.")
        }
    }
}
