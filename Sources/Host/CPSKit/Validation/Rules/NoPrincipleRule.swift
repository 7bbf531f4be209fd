import CorporateParenting

/// An item serves no principle.
struct NoPrincipleRule: ValidationRule {
    static let description = RuleDescription(
        id: "no-principle", name: "Item serves no principle", severity: .error,
        summary: "Every priority and objective is mapped to at least one statutory principle.",
        example: RuleExample("priorities[0].principles", "[]")
    )

    func check(_ input: ValidationInput) -> [Finding] {
        var findings: [Finding] = []
        input.eachItem { place, principles, _, title in
            if principles.isEmpty { findings.append(finding("\(place.path).principles", "\"\(title)\" is not mapped to any corporate parenting principle.")) }
        }
        return findings
    }
}
