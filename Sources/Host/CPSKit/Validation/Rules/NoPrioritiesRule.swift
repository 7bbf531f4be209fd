import CorporateParenting

/// A pack with no priorities.
struct NoPrioritiesRule: ValidationRule {
    static let description = RuleDescription(
        id: "no-priorities", name: "No priorities", severity: .warning,
        summary: "A strategy names at least one priority, outcome or theme.",
        example: RuleExample("priorities", "[]")
    )

    func check(_ input: ValidationInput) -> [Finding] {
        input.pack.priorities.isEmpty ? [finding("priorities", "The pack names no priorities.")] : []
    }
}
