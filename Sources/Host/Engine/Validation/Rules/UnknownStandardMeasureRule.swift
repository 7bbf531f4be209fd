import CorporateParenting

/// A standard measure named by evidence is one of the catalogue's.
struct UnknownStandardMeasureRule: ValidationRule {
    static let description = CheckDescription(
        id: "unknown-standard-measure", name: "Unknown standard measure", severity: .error,
        summary: "Evidence's standardMeasure is an id from the catalogue (`cps measures`).",
        triggering: [CheckExample("sections[0].content[0].item.content[2].evidence.standardMeasure", "\"placement-stability\"")],
        nonTriggering: [CheckExample("sections[0].content[0].item.content[2].evidence.standardMeasure", #""placement-stability-short-term""#)]
    )

    func check(_ input: ValidationInput) -> [Finding] {
        let known = input.framework.measures.map(\.id.rawValue)
        // One message per distinct id: a pack may repeat a wrong id thousands of times.
        var messages: [String: String] = [:]
        return input.facts.index.evidence.compactMap { placed in
            guard let id = placed.value.standardMeasure, input.framework.measure(id) == nil else { return nil }
            let message = messages[id.rawValue] ?? {
                let near = Suggestions.nearest(to: id.rawValue, among: known)
                let text = "There is no standard measure \"\(id.rawValue)\"" + (near.isEmpty ? "; see `cps measures`." : "; did you mean \"\(near[0])\"?")
                messages[id.rawValue] = text
                return text
            }()
            return finding("\(placed.path).standardMeasure", message)
        }
    }
}
