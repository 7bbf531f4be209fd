import CorporateParenting

/// Percentages are written as printed (82.2, not 0.822) and lie between 0 and 100; a change may fall to -100.
struct PercentageOutOfRangeRule: ValidationRule {
    static let description = CheckDescription(
        id: "percentage-out-of-range", name: "Percentage out of range", severity: .error,
        summary: "Figures, targets and baselines in percent lie between 0 and 100 (a change between -100 and 100), written as printed (82.2, not 0.822).",
        triggering: [CheckExample("sections[0].content[0].item.content[2].evidence.target", #"{"value": 120, "unit": "percent", "wording": "120%"}"#)],
        nonTriggering: [CheckExample("sections[0].content[0].item.content[2].evidence.target", #"{"value": 100, "unit": "percent", "wording": "100%"}"#),
                        CheckExample("sections[0].content[0].item.content[2].evidence.target", #"{"value": 120, "unit": "count", "wording": "120 SDQs completed"}"#)]
    )

    func check(_ input: ValidationInput) -> [Finding] {
        var findings: [Finding] = []
        func test(_ value: Double?, _ unit: MeasureUnit?, _ path: @autoclosure () -> String, change: Bool = false) {
            guard let value, unit == .percent, !((change ? -100 : 0)...100).contains(value) else { return }
            findings.append(finding(path(), "\(JSONWriter.format(value)) is not a percentage between \(change ? -100 : 0) and 100."))
        }
        for placed in input.facts.index.evidence {
            test(placed.value.target?.value, placed.value.target?.unit, "\(placed.path).target.value")
            test(placed.value.baseline?.value, placed.value.baseline?.unit, "\(placed.path).baseline.value")
        }
        input.eachFigure { path, figure in test(figure.value, figure.unit, "\(path).value", change: figure.kind == .change) }
        return findings
    }
}
