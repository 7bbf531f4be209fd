import CorporateParenting

/// A target with neither a value nor a direction.
struct EmptyTargetRule: ValidationRule {
    static let description = RuleDescription(
        id: "empty-target", name: "Target without a value or direction", severity: .error,
        summary: "A target gives a value, a direction (increase, decrease, maintain), or both.",
        example: RuleExample("priorities[0].outcomes[0].measures[0].target", #"{"wording": "Better"}"#)
    )

    func check(_ input: ValidationInput) -> [Finding] {
        var findings: [Finding] = []
        input.eachMeasure { place, measure in
            guard let target = measure.target, target.value == nil, target.direction == nil else { return }
            findings.append(finding("\(place.path).target", "The target \"\(target.wording)\" gives neither a value nor a direction."))
        }
        return findings
    }
}
