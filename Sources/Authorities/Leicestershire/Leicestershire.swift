import CorporateParenting

/// Leicestershire County Council's corporate parenting strategy, "Our Children, Our Future" (2019-2022), in the
/// document's order: cover, document control page, contents, foreword, the body's twelve top-level parts, and
/// Appendix A (the Corporate Parenting Board's terms of reference).
///
/// The text is the extraction in `../shared/seeds/002_5ec2760e528eab61.txt`. Three pictures did not survive it:
/// the diagram after line 133, the Virtual School's list after line 275, and the "broader offer" diagram whose
/// words come out garbled at line 301; their sections say `capture: .partial`. The document reads as a
/// pre-consultation version ("(Will be gathered as part of the consultation)", line 163).
public enum Leicestershire: AuthorityDefinition {
    public static let pack = AuthorityPack(
        id: "leicestershire", name: "Leicestershire County Council", ons: "E10000018", dfe: "855",
        region: "East Midlands",
        document: StrategyDocument(
            title: "Our Children, Our Future",
            subtitle: "Leicestershire's commitment to inspire, support and enable children in care and care leavers to be ambitious and successful",
            // "2019-2022" is printed once, in the document control page's title (line 28).
            period: .years(2019, 2022),
            reviewDate: PartialDate(year: 2022, month: 8),
            // "Date approved SMT 1 st August 2019", printed twice (lines 23 and 26) with the same date.
            approved: PartialDate(year: 2019, month: 8, day: 1),
            status: "Revised",
            capture: .whole,
            captureNote: "Every section's text is held. Three pictures did not survive extraction: the diagram under \"Leicestershire\" (after line 133), the list of Virtual School activities (after line 275) and the \"broader offer\" diagram of \"What else do we do to show that we care?\" (garbled at line 301); those sections are marked partial. The diagram's words come out interleaved, so no item can be quoted whole; read cautiously, they name an annual celebration of achievement, a letter from the DCS at 18 and 21, a congratulations letter from the AD for exam results, lead member and AD engagement with the Children in Care Council, opportunities for fun and learning led by the Virtual School, \"Driving le...\" (cut off), and an \"Elected Member scrutiny panel\" named nowhere else, beside the Children in Care Council, SYPAC and the Corporate Parenting Board."
        ),
        // The audit's three candidates are not contradictions: "Appendix one" (319) and "Appendix A" (408) are two
        // wordings of one cross-reference; the board's co-chairs are named as people in the body (309, "is") and
        // as posts in the terms of reference (442, "will be"), which can both be true; and "(Will be gathered as
        // part of the consultation)" (163) is a placeholder, not a statement that contradicts the activities table.
        inconsistencies: []
    ) {
        ourChildrenOurFuture
        procedure
        tableOfContents
        foreword
        leicestershire
        whoAreOurChildren
        whatDoOurChildrenSay
        ourPromise
        corporateParentingPrinciples
        whoIsInvolved
        whatElseDoWeDo
        governance
        whatSuccessWillLookLike
        appendixA
    }
}
