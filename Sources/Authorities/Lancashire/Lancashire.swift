import CorporateParenting

/// Lancashire County Council's Corporate Parenting Strategy 2022 – 2026, in the document's order.
///
/// The document sets four priorities (section 3) and eight objectives (section 4) "under our 4 priorities", but
/// never says which objective sits under which priority, so no objective names a priority.
public enum Lancashire: AuthorityDefinition {
    public static let pack = AuthorityPack(
        id: "lancashire", name: "Lancashire County Council", ons: "E10000017", dfe: "888", region: "North West"
    ) {
        cover
        introduction
        whatIsCorporateParenting
        // "2. Who are we looking after?" is an infographic whose figures did not survive extraction: only the
        // labels "LIVING AT HOME", "LIVING WITH AN ADOPTIVE FAMILY" and "IN RESIDENTIAL" remain, so nothing is encoded.
        whyDoWeNeedAStrategy
        Section("4. What are we going to do?") {
            objectivesOneToFour
            objectivesFiveToEight
        }
        howWillWeKnow
        topTips
        howWeWillKnow
        educationAttainment
        legislation
        roleOfElectedMembers
        inconsistencies
    }
}
