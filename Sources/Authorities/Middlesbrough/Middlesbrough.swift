import CorporateParenting

public enum Middlesbrough: AuthorityDefinition {
    public static let pack = AuthorityPack(id: "middlesbrough", name: "Middlesbrough") {
        Section("Cover") { Strategy("Corporate Parenting Strategy") }
    }
}
