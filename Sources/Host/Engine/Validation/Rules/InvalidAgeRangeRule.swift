import CorporateParenting

/// Ages lie between 0 and 30, the youngest no older than the oldest.
struct InvalidAgeRangeRule: ValidationRule {
    static let description = CheckDescription(
        id: "invalid-age-range", name: "Invalid age range", severity: .error,
        summary: "Bodies' and scope statements' ages lie between 0 and 30, the youngest no older than the oldest.",
        triggering: [CheckExample("sections[1].content[2].body.ages", #"{"min": 16, "max": 11}"#)],
        nonTriggering: [CheckExample("sections[1].content[2].body.ages", #"{"min": 16, "max": 16}"#)]
    )

    func check(_ input: ValidationInput) -> [Finding] {
        var findings: [Finding] = []
        func test(_ range: AgeRange?, _ path: @autoclosure () -> String, _ subject: @autoclosure () -> String) {
            guard let range else { return }
            if [range.min, range.max].compactMap({ $0 }).contains(where: { !(0...30).contains($0) }) {
                findings.append(finding(path(), "The ages of \(subject()) (\(range)) are outside 0-30."))
            } else if let min = range.min, let max = range.max, min > max {
                findings.append(finding(path(), "The youngest age of \(subject()) (\(min)) is above the oldest (\(max))."))
            }
        }
        for placed in input.facts.index.bodies { test(placed.value.ages, "\(placed.path).ages", "\"\(placed.value.name)\"") }
        for placed in input.facts.index.scopes { test(placed.value.ages, "\(placed.path).ages", "the strategy's scope") }
        return findings
    }
}
