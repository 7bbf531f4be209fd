import CorporateParenting

/// A strategy whose review date has passed.
struct ReviewDatePassedRule: GapRule {
    static let description = CheckDescription(
        id: "review-date-passed", name: "Review date passed", severity: .warning,
        summary: "The strategy's review date has not passed on the date of the check.",
        triggering: [CheckExample("document.reviewDate", #""2025-09""#)],
        nonTriggering: [CheckExample("document.reviewDate", #""2026-06""#), CheckExample("document.reviewDate", "null")]
    )

    func gaps(in context: GapContext) -> [Gap] {
        guard let review = context.profile.pack.document.reviewDate, review.latestDay < context.asOf else { return [] }
        return [gap("document.reviewDate", .reviewDatePassed(review: review, asOf: context.asOf))]
    }
}
