import CorporateParenting

/// North East Lincolnshire's Corporate Parenting Strategy 2023- 2025, part by part in the document's order: the
/// contents page, the opening parts ("What is corporate parenting?" with its principles, the vision, the plan of
/// action, the lived experience of care), the seven outcomes with their key actions, and the governance
/// arrangements.
///
/// No approval or review date, status, signatory, foreword or author is printed, so none is set. The text holds
/// unfinished drafting notes ("Need to clarify local governance arrangement", "for need to determine"); they are kept
/// as printed, with the facts they leave open marked unresolved or planned.
public enum NorthEastLincolnshire: AuthorityDefinition {
    public static let pack = AuthorityPack(
        id: "north-east-lincolnshire", name: "North East Lincolnshire Council", ons: "E06000012", dfe: "812",
        region: "Yorkshire and The Humber",
        document: StrategyDocument(
            title: "Corporate Parenting Strategy",
            period: .years(2023, 2025),
            capture: .whole,
            captureNote: """
                Figure 1 (the process of reporting, under "Operational Delivery") is not in the extracted text, so that \
                section is partial. The four governance sub-sections are printed twice word for word (seed lines 492-510 \
                and 514-532); the second printing keeps its text as narrative and types no fact twice. The contents \
                page's headings "What success will look like?" / "What will success look like?" (outcomes 1, 3, 5, 7) and \
                "Children and Care Leavers promise" are not printed as headings in the body, so they are kept only in \
                the contents section.
                """
        ),
        inconsistencies: inconsistencies
    ) {
        contents
        whatIsCorporateParenting
        ourVision
        ourPlanOfAction
        livedExperienceOfCare
        outcomesForChildrenAndYoungPeople
        governanceArrangements
    }

    /// The ids of the seven outcomes, in order: the board's "Seven priorities" (seed line 504).
    static let outcomeIDs: [ID<Item>] = [
        "safe-stable-caring-places", "healthy-and-well", "learning-developing-achieving",
        "trusted-relationships-identity-belonging", "voice-heard-influencing-decisions", "safe-and-protected",
        "developing-independence",
    ]
}
