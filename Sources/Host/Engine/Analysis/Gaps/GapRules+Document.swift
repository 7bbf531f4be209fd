import CorporateParenting

/// A strategy whose period is not stated.
struct PeriodNotStatedRule: GapRule {
    static let description = GapRuleDescription(
        id: "period-not-stated", severity: .warning,
        summary: "The document does not state when the strategy starts or ends."
    )

    func gaps(in context: GapContext) -> [Gap] {
        let period = context.profile.pack.document.period
        var gaps: [Gap] = []
        if period.start == nil { gaps.append(gap("document.period.start", context.notSaid("when the strategy starts"))) }
        if period.end == nil { gaps.append(gap("document.period.end", context.notSaid("when the strategy ends"))) }
        return gaps
    }
}

/// A strategy whose period has ended.
struct PeriodEndedRule: GapRule {
    static let description = GapRuleDescription(
        id: "period-ended", severity: .warning,
        summary: "The strategy's period has ended on the date of the check."
    )

    func gaps(in context: GapContext) -> [Gap] {
        guard let end = context.profile.pack.document.period.end, end.latestDay < context.asOf else { return [] }
        return [gap("document.period.end", "The strategy's period ended in \(end), before \(context.asOf).")]
    }
}

/// A strategy whose review date has passed.
struct ReviewDatePassedRule: GapRule {
    static let description = GapRuleDescription(
        id: "review-date-passed", severity: .warning,
        summary: "The strategy's review date has passed on the date of the check."
    )

    func gaps(in context: GapContext) -> [Gap] {
        guard let review = context.profile.pack.document.reviewDate, review.latestDay < context.asOf else { return [] }
        return [gap("document.reviewDate", "The strategy was due for review in \(review), before \(context.asOf).")]
    }
}

/// A place where the document contradicts itself.
struct InconsistencyRule: GapRule {
    static let description = GapRuleDescription(
        id: "inconsistency", severity: .info,
        summary: "A place where the document contradicts itself (recorded in the pack)."
    )

    func gaps(in context: GapContext) -> [Gap] {
        context.profile.pack.inconsistencies.map { gap("inconsistencies", "The document contradicts itself: \($0.topic.lowercasingFirst()).") }
    }
}
