import CorporateParenting

/// A strategy whose period is not stated.
struct PeriodNotStatedRule: GapRule {
    static let description = CheckDescription(
        id: "period-not-stated", name: "Period not stated", severity: .warning,
        summary: "The document states when the strategy starts and when it ends.",
        triggering: [CheckExample("document.period.end", "null"), CheckExample("document.period", "{}")],
        nonTriggering: [CheckExample("document.period.end", #""2027-03""#)]
    )

    func gaps(in context: GapContext) -> [Gap] {
        let period = context.profile.pack.document.period
        var gaps: [Gap] = []
        if period.start == nil { gaps.append(absent("document.period.start", .periodStartNotStated, context)) }
        if period.end == nil { gaps.append(absent("document.period.end", .periodEndNotStated, context)) }
        return gaps
    }
}
