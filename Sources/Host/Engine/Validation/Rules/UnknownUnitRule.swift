import CorporateParenting

/// Units are the framework's; another unit is shown as written but cannot be compared.
struct UnknownUnitRule: ValidationRule {
    static let description = CheckDescription(
        id: "unknown-unit", name: "Unknown unit", severity: .warning,
        summary: "Units are the framework's (percent, count, per-10k, score, days, working-days, weeks, percentage-points, points, times); others are shown as written.",
        triggering: [CheckExample("sections[0].content[0].item.content[2].evidence.unit", "\"pc\"")],
        nonTriggering: [CheckExample("sections[0].content[0].item.content[2].evidence.unit", #""percent""#)]
    )

    func check(_ input: ValidationInput) -> [Finding] {
        var findings: [Finding] = []
        func test(_ unit: MeasureUnit?, _ path: @autoclosure () -> String) {
            guard let unit, !MeasureUnit.known.contains(unit) else { return }
            findings.append(finding(path(), "The unit \"\(unit.rawValue)\" is not one the framework knows."))
        }
        for placed in input.facts.index.evidence {
            test(placed.value.unit, "\(placed.path).unit")
            test(placed.value.target?.unit, "\(placed.path).target.unit")
            test(placed.value.baseline?.unit, "\(placed.path).baseline.unit")
        }
        input.eachFigure { path, figure in test(figure.unit, "\(path).unit") }
        return findings
    }
}
