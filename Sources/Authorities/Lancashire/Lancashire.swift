import CorporateParenting

public enum Lancashire: AuthorityDefinition {
    public static let pack = AuthorityPack(id: "lancashire", name: "Lancashire") {
        Section("Cover") { Strategy("Corporate Parenting Strategy") }
    }
}
