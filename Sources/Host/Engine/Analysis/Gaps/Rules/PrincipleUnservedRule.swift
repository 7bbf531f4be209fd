import CorporateParenting

/// A statutory principle nothing in the strategy serves.
struct PrincipleUnservedRule: GapRule {
    static let description = CheckDescription(
        id: "principle-unserved", name: "Principle served by nothing", severity: .warning,
        summary: "Each of the seven corporate parenting principles is served by something in the strategy: an item (priority, outcome, theme, pledge, objective...), an action or promise, a metric it monitors, a body, a principle of its own or its co-production, by a stated or judged mapping.",
        triggering: [CheckExample("sections[0].content[0].item.mappings[0].principles", "[1, 2, 3, 5, 6, 7]")],
        nonTriggering: [CheckExample("sections[0].content[0].item.mappings[0].principles", "[1, 2, 3, 5, 6, 7]",
                                     and: CheckExample("sections[2].content[1].body.mappings", #"[{"principles": [4], "domains": ["voice"], "basis": "judged"}]"#))]
    )

    func gaps(in context: GapContext) -> [Gap] {
        let served = context.principlesServedByAnything
        return context.framework.principles.filter { !served.contains($0.number) }.map { principle in
            absent(String(principle.number), .principleUnserved(principle: principle.number, text: principle.text), context)
        }
    }
}
