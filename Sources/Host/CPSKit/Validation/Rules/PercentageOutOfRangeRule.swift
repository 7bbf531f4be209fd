import CorporateParenting

/// A percentage lies outside 0-100.
struct PercentageOutOfRangeRule: ValidationRule {
    static let description = RuleDescription(
        id: "percentage-out-of-range", name: "Percentage out of range", severity: .error,
        summary: "Figures, targets and baselines in percent lie between 0 and 100, written as printed (82.2, not 0.822).",
        example: RuleExample("priorities[0].outcomes[0].measures[0].target", #"{"value": 120, "unit": "percent", "wording": "120%"}"#)
    )

    func check(_ input: ValidationInput) -> [Finding] {
        var findings: [Finding] = []
        func test(_ value: Double?, _ unit: MeasureUnit?, _ place: Place, _ suffix: @autoclosure () -> String) {
            guard let value, unit == .percent, !(0...100).contains(value) else { return }
            findings.append(finding(place.path + suffix(), "\(JSONWriter.format(value)) is not a percentage between 0 and 100."))
        }
        input.eachMeasure { place, measure in
            test(measure.target?.value, measure.target?.unit, place, ".target.value")
            test(measure.baseline?.value, measure.baseline?.unit, place, ".baseline.value")
            for (index, observation) in measure.observations.enumerated() {
                test(observation.value, observation.unit, place, ".observations[\(index)].value")
            }
        }
        return findings
    }
}
