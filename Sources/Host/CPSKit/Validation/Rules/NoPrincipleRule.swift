import CorporateParenting

/// Every top-level item serves at least one statutory principle, stated or judged.
struct NoPrincipleRule: ValidationRule {
    static let description = RuleDescription(
        id: "no-principle", name: "Item serves no principle", severity: .error,
        summary: "Every top-level priority, outcome, theme or pledge is mapped to at least one of the seven principles.",
        example: RuleExample("sections[0].content[0].item.mappings[0].principles", "[]")
    )

    func check(_ input: ValidationInput) -> [Finding] {
        input.facts.index.topItems.compactMap { placed in
            if placed.value.mappings.contains(where: { !$0.principles.isEmpty }) { return nil }
            // An item `cps draft` proposed and nobody has confirmed is only warned about: mapping it is part of confirming it.
            if placed.path.contains(".draft.entry.") {
                var drafted = finding("\(placed.path).mappings", "\"\(placed.value.title)\" is a draft not yet mapped to any corporate parenting principle; map it when you confirm it.")
                drafted.severity = .warning
                return drafted
            }
            return finding("\(placed.path).mappings", "\"\(placed.value.title)\" is not mapped to any corporate parenting principle.")
        }
    }
}
