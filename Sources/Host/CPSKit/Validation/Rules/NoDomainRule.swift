import CorporateParenting

/// An item serves no domain.
struct NoDomainRule: ValidationRule {
    static let description = RuleDescription(
        id: "no-domain", name: "Item serves no domain", severity: .error,
        summary: "Every priority and objective is mapped to at least one outcome domain.",
        example: RuleExample("priorities[0].domains", "[]")
    )

    func check(_ input: ValidationInput) -> [Finding] {
        input.itemPaths.filter { $0.item.domains.isEmpty }.map {
            finding("\($0.path).domains", "\"\($0.item.title)\" is not mapped to any outcome domain.")
        }
    }
}
