import CorporateParenting

/// A strategy that does not say when it will be reviewed.
struct NoReviewDateRule: GapRule {
    static let description = CheckDescription(
        id: "no-review-date", name: "No review date", severity: .info,
        summary: "The document states when the strategy will be reviewed.",
        triggering: [CheckExample("document.reviewDate", "null")],
        nonTriggering: [CheckExample("document.reviewDate", #""2028""#)]
    )

    func gaps(in context: GapContext) -> [Gap] {
        context.profile.pack.document.reviewDate == nil ? [absent("document.reviewDate", .noReviewDate, context)] : []
    }
}
