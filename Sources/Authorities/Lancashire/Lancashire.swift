import CorporateParenting

/// Lancashire County Council's Corporate Parenting Strategy 2022 – 2026, in the document's order and under its
/// headings (audit: `docs/audits/lancashire.md`).
///
/// The document sets "four areas of priority" (section 3) and "eight key objectives ... under our 4 priorities"
/// (section 4) but never says which objective sits under which priority, so the objectives are items of their own
/// in section 4, not nested in a priority. The contents page lists sections 1-5, the five appendices and Acronyms
/// at one level and omits the "Corporate Parenting Appendices" divider, so the appendices are top-level parts, as is
/// the divider (a page with no content of its own).
///
/// No date, approval, review date, status or author is printed, so none is given. The pack holds the whole
/// extracted text; section 2's infographic lost its figures in extraction and "What will Corporate parents say?"
/// has nothing printed under it: both sections say so themselves.
///
/// No inconsistencies: the two the schema 1 encoding recorded are not contradictions. Section 4's "generally in line
/// with the national comparison" (Objective 7) and Appendix 3's "above national average for CLA" differ in grain and
/// possibly in comparator (Appendix 3 itself says KS2 Writing was lower); and "Children in Care Council (LINX and
/// POWAR)" against the glossary's "LINX - Children in Care Council" is a difference of detail. The title "Top Tips
/// to Good Corporate Parenting" (contents, Appendix 1) against "Top Tips for Good Corporate Parenting" (section 1) is
/// an alternate wording.
public enum Lancashire: AuthorityDefinition {
    public static let pack = AuthorityPack(
        id: "lancashire", name: "Lancashire County Council", ons: "E10000017", dfe: "888", region: "North West",
        document: StrategyDocument(
            title: "Corporate Parenting Strategy",
            period: .years(2022, 2026),
            capture: .whole,
            captureNote: "Section 2 (\"Who are we looking after?\") is an infographic whose figures did not survive extraction; only its three labels are held. \"What will Corporate parents say?\" has nothing printed under it. The separately published \"Corporate Parenting Strategy 2022-2026 Outcome Measures\" is not part of this document."
        )
    ) {
        titlePage
        introduction
        contents
        whatIsCorporateParenting
        whoAreWeLookingAfter
        whyDoWeNeedAStrategy
        whatAreWeGoingToDo
        howWillWeKnow
        appendices
        topTips
        howWeWillKnow
        educationAttainment
        legislation
        roleOfElectedMembers
        acronyms
    }
}
