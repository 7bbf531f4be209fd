import CorporateParenting

public enum NorthEastLincolnshire: AuthorityDefinition {
    public static let pack = AuthorityPack(id: "north-east-lincolnshire", name: "NorthEastLincolnshire") {
        Section("Cover") { Strategy("Corporate Parenting Strategy") }
    }
}
