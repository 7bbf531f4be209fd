import CorporateParenting

/// An item that does not say which section of the document it comes from.
struct MissingSourceRule: ValidationRule {
    static let description = RuleDescription(
        id: "missing-source", name: "Item without a source", severity: .warning,
        summary: "Every item says which section of the document it comes from, so a reader can check it.",
        example: RuleExample("priorities[0].source", "\"\"")
    )

    func check(_ input: ValidationInput) -> [Finding] {
        input.facts.flaggedTexts.filter { $0.key == "source" && ValidationFacts.isBlank($0.text) }.map {
            finding($0.path, "This item does not say which section of the document it comes from.")
        }
    }
}
