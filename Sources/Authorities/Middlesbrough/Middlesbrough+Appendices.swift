import CorporateParenting

extension Middlesbrough {
    /// "Appendices": 1 the Pledge, 2 the Charter for Care Leavers, 3 the statutory and legal context, 4 training
    /// for Elected Members. The contents word the first two "1 Pledge to Looked after Children and Young People"
    /// and "2 Care Leavers Charter" (alternate wordings).
    @PackContent static var appendices: [Entry] {
        Section("Appendices", line: 483) {
            pledgeAppendix
            charter
            statutoryContext
            trainingForElectedMembers
        }
    }

    /// Appendix 1. The Pledge's own text is not printed in the document (it is named as "the Corporate Parenting
    /// Pledge", "the pledges made to Looked After Children and Care Leavers", "the pledge" and "Our Pledge"); the
    /// two paragraphs under the heading are about the Charter for Care Leavers. So there is no pledge item with
    /// no promises: the Pledge is cited, and the section holds what is printed.
    @PackContent static var pledgeAppendix: [Entry] {
        Section("1. Pledge to Children and Young People who are looked after", line: 485) {
            Citation(.localPlan, "Pledge", text: "Complementing the Pledge")
            // Who amended it is printed ("Children and Care Council" as printed); how many is not.
            Citation(.nationalPolicy, "Charter for Care Leavers",
                     text: "the Charter for Care Leavers produced by the Department for Education and the Care Leavers Foundation")
            Coproduction("Complementing the Pledge, the council and its partners support the principles, values and commitments as detailed in the Charter for Care Leavers produced by the Department for Education and the Care Leavers Foundation and amended by the Children and Care Council members to be more meaningful for them.",
                         who: "the Children and Care Council members",
                         how: "amended by the Children and Care Council members to be more meaningful for them",
                         mappings: [voiceMapping])
            Context("The Charter for Care Leavers is designed to raise expectation, aspiration and understanding of what care leavers need and what the government and local authorities should do to be good Corporate Parents.")
            // Adopted (done) and committed (in place).
            Commitment("Middlesbrough Council has adopted the Charter and is committed to improving outcomes for Care Leavers as reflected in the charter.",
                       status: DeliveryStatus(.complete, wording: "has adopted the Charter"))
        }
    }

    /// Appendix 4: what Elected Members are responsible for, and the training open to them ("can": an offer, not
    /// a requirement; line 478 says training "has been provided" and "is well attended").
    @PackContent static var trainingForElectedMembers: [Entry] {
        Section("4. Corporate Parenting Training for Elected Members", line: 609) {
            ExpectationSet(title: "Elected Members have a responsibility", audience: "Elected Members", items: [
                "to ensure that services for our children and young people are good",
                "to ensure there are sufficient resources and accommodation choice",
                "Elected Members scrutinise services and have an overview of performance measures to ensure children in care are safe and services are effective.",
            ])
            Mechanism("All Elected Members can undertake training to ensure they have the knowledge to fulfil their safeguarding and Corporate Parenting responsibilities.")
        }
    }
}
