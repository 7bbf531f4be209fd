import CorporateParenting

/// A measure names a standard measure the catalogue does not have.
struct UnknownStandardMeasureRule: ValidationRule {
    static let description = RuleDescription(
        id: "unknown-standard-measure", name: "Unknown standard measure", severity: .error,
        summary: "A measure's standardMeasure is an id from the catalogue (`cps measures`).",
        example: RuleExample("priorities[0].outcomes[0].measures[0].standardMeasure", "\"placement-stability\"")
    )

    func check(_ input: ValidationInput) -> [Finding] {
        var findings: [Finding] = []
        input.eachMeasure { place, measure in
            guard let id = measure.standardMeasure, input.framework.measure(id) == nil else { return }
            let near = Suggestions.nearest(to: id.rawValue, among: input.framework.measures.map(\.id.rawValue))
            findings.append(finding("\(place.path).standardMeasure", "There is no standard measure \"\(id.rawValue)\""
                + (near.isEmpty ? "; see `cps measures`." : "; did you mean \"\(near[0])\"?")))
        }
        return findings
    }
}
