import CorporateParenting

/// A unit the framework does not know.
struct UnknownUnitRule: ValidationRule {
    static let description = RuleDescription(
        id: "unknown-unit", name: "Unknown unit", severity: .warning,
        summary: "Units are the framework's (percent, count, per-10k, score, days, working-days, weeks, percentage-points, points, times); others are shown as written.",
        example: RuleExample("priorities[0].outcomes[0].measures[0].unit", "\"pc\"")
    )

    func check(_ input: ValidationInput) -> [Finding] {
        var findings: [Finding] = []
        func test(_ unit: MeasureUnit?, _ place: Place, _ suffix: @autoclosure () -> String) {
            guard let unit, !MeasureUnit.known.contains(unit) else { return }
            findings.append(finding(place.path + suffix(), "The unit \"\(unit.rawValue)\" is not one the framework knows."))
        }
        input.eachMeasure { place, measure in
            test(measure.unit, place, ".unit")
            test(measure.target?.unit, place, ".target.unit")
            test(measure.baseline?.unit, place, ".baseline.unit")
            for (index, observation) in measure.observations.enumerated() { test(observation.unit, place, ".observations[\(index)].unit") }
        }
        return findings
    }
}
