import CorporateParenting

/// Every top-level item serves at least one statutory principle, stated or judged.
struct NoPrincipleRule: ValidationRule {
    static let description = CheckDescription(
        id: "no-principle", name: "Item serves no principle", severity: .error,
        summary: "Every top-level priority, outcome, theme or pledge is mapped to at least one of the seven principles.",
        triggering: [CheckExample("sections[0].content[0].item.mappings[0].principles", "[]")],
        nonTriggering: [CheckExample("sections[0].content[0].item.mappings[0].principles", "[2]"),
                        CheckExample("sections[0].content[0].item.mappings", #"[{"principles": [], "domains": ["voice"], "basis": "judged"}, {"principles": [2], "domains": [], "basis": "judged"}]"#)]
    )

    func check(_ input: ValidationInput) -> [Finding] {
        // An item still to be written or confirmed (a prompt, a draft) is reported as such, not as unmapped.
        input.facts.index.topItems.compactMap { placed in
            placed.value.mappings.contains { !$0.principles.isEmpty } || placed.value.isUnfilled(at: placed.path) ? nil
                : finding("\(placed.path).mappings", "\"\(placed.value.title)\" is not mapped to any corporate parenting principle.")
        }
    }
}
