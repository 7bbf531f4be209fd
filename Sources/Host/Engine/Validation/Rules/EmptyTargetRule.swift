import CorporateParenting

/// A target says what is aimed at: a value, a direction, or both.
struct EmptyTargetRule: ValidationRule {
    static let description = CheckDescription(
        id: "empty-target", name: "Target without a value or direction", severity: .error,
        summary: "A target gives a value, a direction (increase, decrease, maintain), or both.",
        triggering: [CheckExample("sections[0].content[0].item.content[2].evidence.target", #"{"wording": "Better"}"#)],
        nonTriggering: [CheckExample("sections[0].content[0].item.content[2].evidence.target", #"{"wording": "Better", "direction": "increase"}"#)]
    )

    func check(_ input: ValidationInput) -> [Finding] {
        input.facts.index.evidence.compactMap { placed in
            guard let target = placed.value.target, target.value == nil, target.direction == nil else { return nil }
            return finding("\(placed.path).target", "The target \"\(target.wording)\" gives neither a value nor a direction.")
        }
    }
}
