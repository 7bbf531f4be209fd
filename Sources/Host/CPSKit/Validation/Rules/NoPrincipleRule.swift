import CorporateParenting

/// An item serves no principle.
struct NoPrincipleRule: ValidationRule {
    static let description = RuleDescription(
        id: "no-principle", name: "Item serves no principle", severity: .error,
        summary: "Every priority and objective is mapped to at least one statutory principle.",
        example: RuleExample("priorities[0].principles", "[]")
    )

    func check(_ input: ValidationInput) -> [Finding] {
        input.itemPaths.filter { $0.item.principles.isEmpty }.map {
            finding("\($0.path).principles", "\"\($0.item.title)\" is not mapped to any corporate parenting principle.")
        }
    }
}
