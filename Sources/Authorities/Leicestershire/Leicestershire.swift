import CorporateParenting

public enum Leicestershire: AuthorityDefinition {
    public static let pack = AuthorityPack(id: "leicestershire", name: "Leicestershire") {
        Section("Cover") { Strategy("Corporate Parenting Strategy") }
    }
}
