import CorporateParenting

/// Principles are numbered 1 to 7.
struct UnknownPrincipleRule: ValidationRule {
    static let description = CheckDescription(
        id: "unknown-principle", name: "Unknown principle", severity: .error,
        summary: "Principles are numbered 1 to 7 (`cps principles`).",
        triggering: [CheckExample("sections[0].content[0].item.mappings[0].principles", "[9]")],
        nonTriggering: [CheckExample("sections[0].content[0].item.mappings[0].principles", "[7]")]
    )

    func check(_ input: ValidationInput) -> [Finding] {
        var findings: [Finding] = []
        input.eachMapping { path, mapping in
            for (offset, principle) in mapping.principles.enumerated() where input.framework.principle(principle.rawValue) == nil {
                findings.append(finding("\(path).principles[\(offset)]", "There is no principle \(principle.rawValue); the principles are numbered 1 to 7."))
            }
        }
        return findings
    }
}
