import CorporateParenting

/// Every typed reference names something the pack holds: bodies' items, bodies and reporting lines; excerpts' and
/// wordings' sections.
struct UnresolvedReferenceRule: ValidationRule {
    static let description = CheckDescription(
        id: "unresolved-reference", name: "Reference to something the pack does not hold", severity: .error,
        summary: "A body's serves, partOf and reportsTo.body, and an excerpt's or wording's section, name ids of the pack.",
        triggering: [CheckExample("sections[1].content[1].body.serves", "[\"no-such-priority\"]")],
        nonTriggering: [CheckExample("sections[1].content[1].body.serves", #"["homes"]"#)]
    )

    func check(_ input: ValidationInput) -> [Finding] {
        let ids = input.facts.ids
        let items = ids.ids("item"), bodies = ids.ids("body"), sections = ids.ids("section")
        var findings: [Finding] = []
        func test(_ id: String, _ known: Set<String>, _ kind: String, _ path: String, _ subject: String) {
            guard !known.contains(id) else { return }
            findings.append(finding(path, "\(subject) names the \(kind) \"\(id)\", but the pack has no \(kind) with that id."))
        }
        for placed in input.facts.index.bodies {
            let body = placed.value, subject = "\"\(body.name)\""
            for (offset, item) in body.serves.enumerated() { test(item.rawValue, items, "item", "\(placed.path).serves[\(offset)]", subject) }
            if let parent = body.partOf { test(parent.rawValue, bodies, "body", "\(placed.path).partOf", subject) }
            for (offset, line) in body.reportsTo.enumerated() {
                if let target = line.body { test(target.rawValue, bodies, "body", "\(placed.path).reportsTo[\(offset)].body", subject) }
            }
        }
        for placed in input.facts.index.items {
            for (offset, wording) in placed.value.alternateTitles.enumerated() {
                if let section = wording.section {
                    test(section.rawValue, sections, "section", "\(placed.path).alternateTitles[\(offset)].section", "\"\(placed.value.title)\"")
                }
            }
        }
        for (i, inconsistency) in input.pack.inconsistencies.enumerated() {
            for (e, excerpt) in inconsistency.excerpts.enumerated() {
                test(excerpt.section.rawValue, sections, "section", "inconsistencies[\(i)].excerpts[\(e)].section", "An excerpt about \"\(inconsistency.topic)\"")
            }
        }
        return findings
    }
}
