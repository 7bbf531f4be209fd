import CorporateParenting

/// Middlesbrough Council's Corporate Parenting Strategy 2018 - 2021 (marked DRAFT).
///
/// The parts follow the document: the cover, the Lead Member's and Executive Director's introduction with the
/// vision and the eight 'rights', Section 1 (the priorities, the national and local picture, children's voice and
/// how corporate parenting works), Section 2 (Achieving the Priorities: seven priorities, each with what we need to
/// improve, what we will do and what this means in practice) and the appendices. Places where the document
/// contradicts itself are gathered at the end.
public enum Middlesbrough: AuthorityDefinition {
    public static let pack = AuthorityPack(
        id: "middlesbrough", name: "Middlesbrough Council", ons: "E06000002", dfe: "806", region: "North East"
    ) {
        cover
        vision
        ourPriorities
        nationalPicture
        localPicture
        localAgeProfile
        voiceAndInfluence
        governance
        achievingThePriorities
        appendices
        inconsistencies
    }
}
