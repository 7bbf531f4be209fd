import CorporateParenting

/// Sections, items, bodies and evidence each have ids unique in the pack, so references name one thing.
struct DuplicateIDRule: ValidationRule {
    static let description = CheckDescription(
        id: "duplicate-id", name: "Duplicate id", severity: .error,
        summary: "Sections, items, bodies and evidence each have ids unique in the pack.",
        triggering: [CheckExample("sections[0].content[1].item.id", "\"voice\"")],
        nonTriggering: [CheckExample("sections[0].content[1].item.id", #""priorities""#)]
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
