import CorporateParenting

/// Sefton Council's Corporate Parenting Strategy 2023 - 2025 (schema 2), captured whole.
///
/// The parts follow the document's own outline: the contents page, the Foreword ("Listening to our children."),
/// the Introduction (What is Corporate Parenting, Why do we have a Corporate Parenting Strategy?, Corporate
/// Parenting Principles), Sefton's Vision, Our Corporate Parenting Priorities (five, unnumbered, each heading
/// naming its working group's chair), Children and Young People's Voices (two youth groups), Corporate Parenting
/// Board and Corporate Parenting Responsibilities. The title page prints only the title and the years; the
/// document prints no approval date, review date, version or status, so none is recorded.
public enum Sefton: AuthorityDefinition {
    public static let pack = AuthorityPack(
        id: "sefton", name: "Sefton Council", ons: "E08000014", dfe: "343", region: "North West",
        document: StrategyDocument(title: "Corporate Parenting Strategy", period: .years(2023, 2025), capture: .whole),
        inconsistencies: inconsistencies
    ) {
        tableOfContents
        foreword
        introduction
        vision
        priorities
        voices
        board
        responsibilities
    }
}
