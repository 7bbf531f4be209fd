import CorporateParenting

/// Headings, names, titles and texts are never blank.
struct EmptyTextRule: ValidationRule {
    static let description = CheckDescription(
        id: "empty-text", name: "Empty text", severity: .error,
        summary: "Headings, names, titles, texts and wordings are not empty.",
        triggering: [CheckExample("sections[0].content[0].item.title", "\"  \"")],
        nonTriggering: [CheckExample("sections[0].content[0].item.title", #""Voice""#)]
    )

    static let keys: Set<String> = ["heading", "name", "title", "text", "holder", "term", "wording", "topic"]

    func check(_ input: ValidationInput) -> [Finding] {
        input.facts.flaggedTexts.filter { Self.keys.contains($0.key) && ValidationFacts.isBlank($0.text) }.map {
            finding($0.path, "The \($0.key) is empty.")
        }
    }
}
