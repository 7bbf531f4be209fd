import CorporateParenting

/// A strategy's period ends on or after its start.
struct InvalidPeriodRule: ValidationRule {
    static let description = RuleDescription(
        id: "invalid-period", name: "Period ends before it starts", severity: .error,
        summary: "The strategy's period ends on or after its start.",
        example: RuleExample("document.period", #"{"start": "2025", "end": "2023"}"#)
    )

    func check(_ input: ValidationInput) -> [Finding] {
        guard let start = input.pack.document.period.start, let end = input.pack.document.period.end,
              end.latestDay < start.earliestDay
        else { return [] }
        return [finding("document.period.end", "The period ends (\(end)) before it starts (\(start)).")]
    }
}
