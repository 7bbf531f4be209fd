import CorporateParenting

/// A title, name or text that is empty.
struct EmptyTextRule: ValidationRule {
    static let description = RuleDescription(
        id: "empty-text", name: "Empty text", severity: .error,
        summary: "Names, titles, statements and commitments are not empty.",
        example: RuleExample("priorities[0].title", "\"  \"")
    )

    static let keys: Set<String> = ["name", "title", "text", "statement", "wording", "group", "topic"]

    func check(_ input: ValidationInput) -> [Finding] {
        input.facts.flaggedTexts.filter { Self.keys.contains($0.key) && ValidationFacts.isBlank($0.text) }.map {
            finding($0.path, "The \($0.key) is empty.")
        }
    }
}
