import CorporateParenting

/// Two things of one kind share an id.
struct DuplicateIDRule: ValidationRule {
    static let description = RuleDescription(
        id: "duplicate-id", name: "Duplicate id", severity: .error,
        summary: "Priorities and objectives, measures, outcomes, pledges, working groups and participation groups each have ids unique in the pack.",
        example: RuleExample("priorities[1].id", "\"voice\"")
    )

    func check(_ input: ValidationInput) -> [Finding] {
        var firstPath: [String: String] = [:]
        var findings: [Finding] = []
        for entry in IDIndex(input.pack).all where entry.kind != "authority" {
            let key = entry.kind + "\u{0}" + entry.id
            if let first = firstPath[key] {
                findings.append(finding(entry.path + ".id", "The \(entry.kind) id \"\(entry.id)\" is used already, at \(first)."))
            } else {
                firstPath[key] = entry.path
            }
        }
        return findings
    }
}
