import CorporateParenting

/// A strategy's period ends on or after its start.
struct InvalidPeriodRule: ValidationRule {
    static let description = CheckDescription(
        id: "invalid-period", name: "Period ends before it starts", severity: .error,
        summary: "The strategy's period, and each attached action plan's, ends on or after its start.",
        triggering: [CheckExample("document.period", #"{"start": "2025", "end": "2023"}"#)],
        nonTriggering: [CheckExample("document.period", #"{"start": "2025", "end": "2025"}"#),
                        CheckExample("document.period", #"{"start": "2025-09", "end": "2025"}"#)]
    )

    func check(_ input: ValidationInput) -> [Finding] {
        let documents = [("document", input.pack.document)]
            + input.pack.actionPlans.enumerated().map { ("actionPlans[\($0.offset)].document", $0.element.document) }
        return documents.compactMap { path, document in
            guard let start = document.period.start, let end = document.period.end, end.latestDay < start.earliestDay else { return nil }
            return finding("\(path).period.end", "The period ends (\(end)) before it starts (\(start)).")
        }
    }
}
