import CorporateParenting

extension Lancashire {
    /// The introduction: the ambition, how the council says it acts, whom it is corporate parent to, how the
    /// strategy was made, and the four signatories.
    @PackContent
    static var introduction: [Entry] {
        Section("Introduction", line: 27) {
            Value("Our children and young people are the future.")
            Vision("This strategy sets out our ambition to ensure the children for whom we act as corporate parent have what they need to live the happy and fulfilling life they deserve.")
            // "our corporate parenting principles" does not name the statutory seven.
            Value("Being a good corporate parent is one of our Council's most important duties. It's about caring for some of the most vulnerable people in our county, and we embrace this responsibility as the foundation of our corporate parenting principles.")
            // Its wording echoes principles 1 ("best interests"), 5 ("highest aspirations"), 4 ("access and make the
            // best use of ... services") and 2/3 ("listen to and act upon") without naming them; narrative carries no
            // mapping, so none is claimed.
            Value("We always act in the best interests of the children and young people in our care and those leaving our care, and we have the highest aspirations for them all. We work collaboratively with our partners to enable children and young people to access and make the best use of our services and strive to listen to and act upon what children and young people tell us about their experiences.")
            // No date is printed for the 3,000.
            StrategyScope(
                text: "Together with our partners, we act as corporate parent to more than 3,000 children and young people across Lancashire.",
                groups: ["children and young people"],
                figures: [Figure(3000, .count, kind: .count, group: "children and young people", scope: .authority,
                                 qualifier: "more than")]
            )
            Value("Each one of them deserves the best possible standard of service from us.")
            Coproduction(
                "This strategy has been designed with our young people and we hope you agree that their voice comes through clearly.",
                who: "our young people", how: "designed with",
                mappings: [Mapping(principles: [2, 3], domains: [.voice], basis: .judged,
                                   note: "the strategy designed with young people")]
            )
            Rationale("This matters because it is the children and young people who are best placed to tell us what they need from us.")
            // "embrace the principles of corporate parenting" names no principle, so it is no stated mapping.
            Context("The objectives and plans we have set out to achieve this are ambitious, they embrace the principles of corporate parenting, and we believe that they can be delivered.")
            Context("Thank you for supporting us")
            // The signature block, each name and role rejoined across its printed lines. The last is the only
            // place the board's chair is named (see the board in Appendix 2).
            Signatory(name: "Angie Ridgwell", role: "Chief Executive of Lancashire County Council")
            Signatory(name: "Cllr Philippa Williamson", role: "Leader of the County Council")
            Signatory(name: "Cllr Cosima Towneley", role: "Cabinet Member for Children and Families")
            Signatory(name: "Cllr Stephen Clarke", role: "Chair of Corporate Parenting Board")
        }
    }
}
