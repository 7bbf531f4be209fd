import CorporateParenting

/// One way a strategy can fall short of what a reviewer checks; its description is its documentation and, through
/// its examples, its test.
///
/// ```swift
/// struct NoReviewDateRule: GapRule {
///     static let description = CheckDescription(
///         id: "no-review-date", name: "No review date", severity: .info,
///         summary: "The document states when the strategy will be reviewed.",
///         triggering: [CheckExample("document.reviewDate", "null")])
///
///     func gaps(in context: GapContext) -> [Gap] {
///         context.profile.pack.document.reviewDate == nil ? [absent("document.reviewDate", .noReviewDate, context)] : []
///     }
/// }
/// ```
public protocol GapRule: Sendable {
    /// What the rule is.
    static var description: CheckDescription { get }

    /// Creates the rule.
    init()

    /// What the rule finds.
    func gaps(in context: GapContext) -> [Gap]
}

extension GapRule {
    /// A finding of this rule.
    func gap(_ subject: String, _ finding: GapFinding, items: [String] = []) -> Gap {
        Gap(rule: Self.description.id, severity: Self.description.severity, subject: subject, finding: finding, items: items)
    }

    /// A finding that something is absent: where the pack does not capture the whole document, it carries why, so
    /// it is worded "not captured" rather than asserted.
    func absent(_ subject: String, _ finding: GapFinding, _ context: GapContext, items: [String] = []) -> Gap {
        var gap = gap(subject, finding, items: items)
        gap.notCaptured = PartialCapture(context.profile)
        return gap
    }
}
