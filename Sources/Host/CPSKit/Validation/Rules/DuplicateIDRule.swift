import CorporateParenting

/// Two things of one kind share an id.
struct DuplicateIDRule: ValidationRule {
    static let description = RuleDescription(
        id: "duplicate-id", name: "Duplicate id", severity: .error,
        summary: "Priorities and objectives, measures, outcomes, pledges, working groups and participation groups each have ids unique in the pack.",
        example: RuleExample("priorities[1].id", "\"voice\"")
    )

    func check(_ input: ValidationInput) -> [Finding] {
        struct Key: Hashable {
            var kind: String
            var id: String
        }
        let entries = input.facts.ids.all
        var first: [Key: Int] = [:]
        first.reserveCapacity(entries.count)
        var findings: [Finding] = []
        for (index, entry) in entries.enumerated() where entry.kind != "authority" {
            let key = Key(kind: entry.kind, id: entry.id)
            if let earlier = first[key] {
                findings.append(finding(entry.path + ".id", "The \(entry.kind) id \"\(entry.id)\" is used already, at \(entries[earlier].path)."))
            } else {
                first[key] = index
            }
        }
        return findings
    }
}
