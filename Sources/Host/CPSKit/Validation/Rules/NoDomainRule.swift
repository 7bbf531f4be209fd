import CorporateParenting

/// Every top-level item serves at least one outcome domain, stated or judged. An item `cps draft` proposed and
/// nobody has confirmed is only warned about: mapping it is part of confirming it.
struct NoDomainRule: ValidationRule {
    static let description = RuleDescription(
        id: "no-domain", name: "Item serves no domain", severity: .error,
        summary: "Every top-level priority, outcome, theme or pledge is mapped to at least one outcome domain.",
        example: RuleExample("sections[0].content[0].item.mappings[0].domains", "[]")
    )

    func check(_ input: ValidationInput) -> [Finding] {
        input.facts.index.topItems.compactMap { placed in
            if placed.value.mappings.contains(where: { !$0.domains.isEmpty }) { return nil }
            if placed.path.contains(".draft.entry.") {
                var drafted = finding("\(placed.path).mappings", "\"\(placed.value.title)\" is a draft not yet mapped to any outcome domain; map it when you confirm it.")
                drafted.severity = .warning
                return drafted
            }
            return finding("\(placed.path).mappings", "\"\(placed.value.title)\" is not mapped to any outcome domain.")
        }
    }
}
