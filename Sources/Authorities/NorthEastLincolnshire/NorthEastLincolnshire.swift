import CorporateParenting

/// North East Lincolnshire Council's Corporate Parenting Strategy 2023- 2025, part by part in the document's order:
/// the cover, the opening sections, the seven outcomes for children and young people, the governance arrangements,
/// and the places where the document contradicts itself.
public enum NorthEastLincolnshire: AuthorityDefinition {
    public static let pack = AuthorityPack(
        id: "north-east-lincolnshire", name: "North East Lincolnshire Council", ons: "E06000012", dfe: "812",
        region: "Yorkshire and The Humber"
    ) {
        cover
        introduction
        Section("Outcomes for children and young people") {
            safeStableAndCaringPlaces
            healthyAndWell
            learningDevelopingAndAchieving
            trustedRelationships
            voiceAndInfluence
            safeAndProtected
            developingIndependence
        }
        governance
        effectiveCorporateParents
        inconsistencies
    }
}
