import CorporateParenting

/// Domain ids are the framework's.
struct UnknownDomainRule: ValidationRule {
    static let description = CheckDescription(
        id: "unknown-domain", name: "Unknown domain", severity: .error,
        summary: "Domain ids are the framework's: voice, homes, health, education, relationships, safety, adulthood, governance, workforce.",
        triggering: [CheckExample("sections[0].content[0].item.mappings[0].domains", "[\"housing\"]")],
        nonTriggering: [CheckExample("sections[0].content[0].item.mappings[0].domains", #"["homes"]"#)]
    )

    func check(_ input: ValidationInput) -> [Finding] {
        let known = input.framework.domains.map(\.id.rawValue)
        // One message per distinct id: a pack may repeat a wrong id thousands of times.
        var messages: [String: String] = [:]
        func sentence(_ id: String) -> String {
            if let cached = messages[id] { return cached }
            let text = message(id, known)
            messages[id] = text
            return text
        }
        var findings: [Finding] = []
        input.eachMapping { path, mapping in
            for (offset, domain) in mapping.domains.enumerated() where input.framework.domain(domain) == nil {
                findings.append(finding("\(path).domains[\(offset)]", sentence(domain.rawValue)))
            }
        }
        for placed in input.facts.index.evidence {
            if let domain = placed.value.domain, input.framework.domain(domain) == nil {
                findings.append(finding("\(placed.path).domain", sentence(domain.rawValue)))
            }
        }
        return findings
    }

    private func message(_ id: String, _ known: [String]) -> String {
        let near = Suggestions.nearest(to: id, among: known)
        return "There is no domain \"\(id)\"" + (near.isEmpty ? "; see `cps domains`." : "; did you mean \"\(near[0])\"?")
    }
}
