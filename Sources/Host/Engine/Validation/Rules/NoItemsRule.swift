import CorporateParenting

/// A strategy has a structure: at least one priority, outcome, theme or pledge.
struct NoItemsRule: ValidationRule {
    static let description = CheckDescription(
        id: "no-items", name: "No priorities, outcomes, themes or pledges", severity: .warning,
        summary: "A strategy names at least one priority, outcome, theme or pledge.",
        triggering: [CheckExample("sections[0].content", "[]")],
        nonTriggering: [CheckExample("sections[0].content", #"[{"item": {"level": "priority", "id": "voice", "title": "Being heard", "mappings": [{"principles": [2], "domains": ["voice"], "basis": "judged"}]}}]"#)]
    )

    func check(_ input: ValidationInput) -> [Finding] {
        input.facts.index.items.isEmpty ? [finding("sections", "The pack names no priority, outcome, theme or pledge.")] : []
    }
}
