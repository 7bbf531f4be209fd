import CorporateParenting

/// A made-up council, to show an authority built as a plugin. Its content is invented for the example and names
/// no real council; its mappings are judgements (the default), as its "document" states none.
public enum ExampleCouncil: AuthorityDefinition {
    public static let pack = AuthorityPack(
        id: "example-plugin", name: "Example Plugin Council", region: "North West",
        document: StrategyDocument(title: "Corporate Parenting Strategy (example)", period: .years(2025, 2028), status: "Example")
    ) {
        Section("Our priorities") {
            Section("Children are heard") {
                Priority("heard", "Children are heard", label: "Priority 1", number: 1, principles: [2, 3], domains: [.voice]) {
                    Aim("Every child's views shape the care they receive.")
                    Commitment("Ask every child what they think of their care, every year.")
                }
            }
            Section("Children are settled") {
                Priority("settled", "Children are settled", label: "Priority 2", number: 2, principles: [1, 6], domains: [.homes]) {
                    Objective("fewer-moves", "Fewer moves") {
                        Metric("moves", "Children with three or more placements", purpose: .monitor,
                               standard: "placement-stability-short-term")
                    }
                }
            }
        }
        Section("Governance") {
            Body(.board, "corporate-parenting-board", "Corporate Parenting Board",
                 roles: [.chair("Lead Member for Children's Services")], meets: .quarterly)
        }
    }
}
