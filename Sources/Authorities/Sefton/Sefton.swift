import CorporateParenting

/// Sefton Council's Corporate Parenting Strategy 2023 - 2025.
///
/// The parts follow the document: cover and foreword, Sefton's Vision, Our Corporate Parenting Priorities (five,
/// each with its working group), Children and Young People's Voices, Corporate Parenting Board and Corporate
/// Parenting Responsibilities. The Introduction ("What is Corporate Parenting", "Why do we have a Corporate
/// Parenting Strategy?") is narrative, and "Corporate Parenting Principles" quotes the seven statutory principles
/// that the framework already holds, so neither adds anything to the pack. The places where the document
/// contradicts itself close the pack.
public enum Sefton: AuthorityDefinition {
    public static let pack = AuthorityPack(
        id: "sefton", name: "Sefton Council", ons: "E08000014", dfe: "343", region: "North West"
    ) {
        cover
        foreword
        vision
        priorities
        voices
        board
        responsibilities
        inconsistencies
    }
}
