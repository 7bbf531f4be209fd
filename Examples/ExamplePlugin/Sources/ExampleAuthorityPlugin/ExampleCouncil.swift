import CorporateParenting

/// A made-up council, to show an authority built as a plugin. Its content is invented for the example and names
/// no real council.
public enum ExampleCouncil: AuthorityDefinition {
    public static let pack = AuthorityPack(id: "example-plugin", name: "Example Plugin Council", region: "North West") {
        Section("Cover") {
            Strategy("Corporate Parenting Strategy (example)", period: .years(2025, 2028), status: "Example")
        }
        Section("Our priorities") {
            Priority("heard", "Children are heard", number: 1, principles: [2, 3], domains: [.voice]) {
                Commitment("Ask every child what they think of their care, every year.")
            }
            Priority("settled", "Children are settled", number: 2, principles: [1, 6], domains: [.homes]) {
                Outcome("Fewer moves") {
                    Measure("moves", "Children with three or more placements", standard: "placement-stability-short-term")
                }
            }
        }
        Section("Governance") {
            Board("Corporate Parenting Board", chair: "Lead Member for Children's Services", meets: .quarterly)
        }
    }
}
