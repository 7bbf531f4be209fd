import CorporateParenting

/// An item serves no domain.
struct NoDomainRule: ValidationRule {
    static let description = RuleDescription(
        id: "no-domain", name: "Item serves no domain", severity: .error,
        summary: "Every priority and objective is mapped to at least one outcome domain.",
        example: RuleExample("priorities[0].domains", "[]")
    )

    func check(_ input: ValidationInput) -> [Finding] {
        var findings: [Finding] = []
        input.eachItem { place, _, domains, title in
            if domains.isEmpty { findings.append(finding("\(place.path).domains", "\"\(title)\" is not mapped to any outcome domain.")) }
        }
        return findings
    }
}
