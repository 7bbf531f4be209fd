import CorporateParenting

/// A strategy whose period has ended.
struct PeriodEndedRule: GapRule {
    static let description = CheckDescription(
        id: "period-ended", name: "Strategy past its end", severity: .error,
        summary: "The strategy's period has not ended on the date of the check (a period ending in a year runs to that year's last day).",
        triggering: [CheckExample("document.period.end", #""2025""#), CheckExample("document.period.end", #""2026-05""#)],
        nonTriggering: [CheckExample("document.period.end", #""2026""#), CheckExample("document.period.end", #""2026-06""#)]
    )

    func gaps(in context: GapContext) -> [Gap] {
        guard let end = context.profile.pack.document.period.end, end.latestDay < context.asOf else { return [] }
        return [gap("document.period.end", .periodEnded(end: end, asOf: context.asOf))]
    }
}
