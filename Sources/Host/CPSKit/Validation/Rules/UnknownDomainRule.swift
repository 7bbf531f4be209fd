import CorporateParenting

/// A domain id is not one of the framework's.
struct UnknownDomainRule: ValidationRule {
    static let description = RuleDescription(
        id: "unknown-domain", name: "Unknown domain", severity: .error,
        summary: "Domain ids are the framework's: voice, homes, health, education, relationships, safety, adulthood, governance.",
        example: RuleExample("priorities[0].domains", "[\"housing\"]")
    )

    func check(_ input: ValidationInput) -> [Finding] {
        let known = input.framework.domains.map(\.id.rawValue)
        var findings: [Finding] = []
        input.eachItem { place, _, domains, _ in
            for (index, domain) in domains.enumerated() where input.framework.domain(domain) == nil {
                findings.append(finding("\(place.path).domains[\(index)]", message(domain.rawValue, known)))
            }
        }
        input.eachMeasure { place, measure in
            if let domain = measure.domain, input.framework.domain(domain) == nil {
                findings.append(finding("\(place.path).domain", message(domain.rawValue, known)))
            }
        }
        return findings
    }

    private func message(_ id: String, _ known: [String]) -> String {
        let near = Suggestions.nearest(to: id, among: known)
        return "There is no domain \"\(id)\"" + (near.isEmpty ? "; see `cps domains`." : "; did you mean \"\(near[0])\"?")
    }
}
