import CorporateParenting

/// Every top-level item serves at least one outcome domain, stated or judged. An item `cps draft` proposed and
/// nobody has confirmed is only warned about: mapping it is part of confirming it.
struct NoDomainRule: ValidationRule {
    static let description = CheckDescription(
        id: "no-domain", name: "Item serves no domain", severity: .error,
        summary: "Every top-level priority, outcome, theme or pledge is mapped to at least one outcome domain.",
        triggering: [CheckExample("sections[0].content[0].item.mappings[0].domains", "[]")],
        nonTriggering: [CheckExample("sections[0].content[0].item.mappings[0].domains", #"["health"]"#),
                        CheckExample("sections[0].content[0].item.mappings", #"[{"principles": [2], "domains": [], "basis": "judged"}, {"principles": [], "domains": ["voice"], "basis": "judged"}]"#)]
    )

    func check(_ input: ValidationInput) -> [Finding] {
        // An item still to be written or confirmed (a prompt, a draft) is reported as such, not as unmapped.
        input.facts.index.topItems.compactMap { placed in
            placed.value.mappings.contains { !$0.domains.isEmpty } || placed.value.isUnfilled(at: placed.path) ? nil
                : finding("\(placed.path).mappings", "\"\(placed.value.title)\" is not mapped to any outcome domain.")
        }
    }
}
