import CorporateParenting

/// Middlesbrough Council's Corporate Parenting Strategy 2018 - 2021 (schema 2), in the document's order and under
/// its headings (audit: `docs/audits/middlesbrough.md`).
///
/// The parts follow the document: the title page, the contents, the foreword "Middlesbrough's Vision for Looked
/// after Children and Young People" (Introduction:, Vision and Principles › Principles, then the two signatures),
/// Section 1 (the priorities as Section 1 words them, the national and local pictures, children's voice, how
/// corporate parenting works), Section 2 (Achieving the Priorities: seven priorities, each with "What we need to
/// improve", "What we will do:" and "What this means in practice") and the appendices.
///
/// Readings of the outline (each a judgement, not printed fact): the foreword title (line 56) is the level-1 part
/// and "Introduction:" its first sub-heading, although the contents list "Introduction:" at the top level and omit
/// line 56; "Achieving the Priorities" is the parent of the seven priorities. The contents entries "What Children
/// and Young People Looked After Say?" and "Multi-Agency Looked After Partnership" match the body headings at lines
/// 204 and 219 by position only (sections have no alternate titles, so this is recorded here).
///
/// The status is the page mark "DRAFT" (lines 202, 328, 370, 402, 491, 583), not a sentence. No approval date,
/// publication date or review date is printed, so none is given.
public enum Middlesbrough: AuthorityDefinition {
    public static let pack = AuthorityPack(
        id: "middlesbrough", name: "Middlesbrough Council", ons: "E06000002", dfe: "806", region: "North East",
        document: StrategyDocument(
            title: "Corporate Parenting Strategy",
            period: .years(2018, 2021),
            status: "DRAFT",
            capture: .whole,
            captureNote: "The cover's partners (\"In partnership with\") were logos and did not survive extraction. The charts under \"Age profile of Looked After Children as at 31st March 2018\" and \"Children looked after at any point in year\" are not in the text; only their captions and the text after them are held. Appendix 1 names the Pledge but does not print it: its text is not in the document."
        ),
        inconsistencies: inconsistencies
    ) {
        titlePage
        contents
        vision
        section1
        section2
        appendices
    }
}
