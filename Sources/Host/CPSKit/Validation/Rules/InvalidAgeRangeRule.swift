import CorporateParenting

/// An age range that is negative, implausible or upside down.
struct InvalidAgeRangeRule: ValidationRule {
    static let description = RuleDescription(
        id: "invalid-age-range", name: "Invalid age range", severity: .error,
        summary: "Participation groups' ages lie between 0 and 30, the youngest no older than the oldest.",
        example: RuleExample("governance.participation[0].ageRange", #"{"min": 16, "max": 11}"#)
    )

    func check(_ input: ValidationInput) -> [Finding] {
        input.pack.governance.participation.enumerated().compactMap { index, group in
            guard let range = group.ageRange else { return nil }
            let path = "governance.participation[\(index)].ageRange"
            if [range.min, range.max].compactMap({ $0 }).contains(where: { !(0...30).contains($0) }) {
                return finding(path, "The ages of \"\(group.name)\" (\(range)) are outside 0-30.")
            }
            if let min = range.min, let max = range.max, min > max {
                return finding(path, "The youngest age of \"\(group.name)\" (\(min)) is above the oldest (\(max)).")
            }
            return nil
        }
    }
}
