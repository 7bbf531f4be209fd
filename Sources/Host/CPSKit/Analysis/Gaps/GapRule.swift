import CorporateParenting

/// One way a strategy can fall short of the shared framework; its description is its documentation.
///
/// ```swift
/// struct PeriodEndedRule: GapRule {
///     static let description = GapRuleDescription(id: "period-ended", severity: .warning,
///         summary: "The strategy's period has ended on the date of the check.")
///     func gaps(in context: GapContext) -> [Gap] { ... }
/// }
/// ```
public protocol GapRule: Sendable {
    /// What the rule is.
    static var description: GapRuleDescription { get }

    /// Creates the rule.
    init()

    /// What the rule finds.
    func gaps(in context: GapContext) -> [Gap]
}

/// A gap rule's id, severity and one-line summary.
public struct GapRuleDescription: Codable, Sendable {
    /// A stable id.
    public var id: String
    /// How much its findings matter.
    public var severity: Severity
    /// What it looks for.
    public var summary: String
}

/// What a gap rule looks at.
public struct GapContext: Sendable {
    /// The strategy's profile.
    public var profile: PackProfile
    /// The date to judge periods and reviews on.
    public var asOf: PartialDate
    /// The framework.
    public var framework: OutcomeFramework

    /// What to judge a strategy on.
    public init(profile: PackProfile, asOf: PartialDate, framework: OutcomeFramework) {
        self.profile = profile
        self.asOf = asOf
        self.framework = framework
    }
}

extension GapRule {
    func gap(_ subject: String, _ message: String) -> Gap {
        Gap(rule: Self.description.id, severity: Self.description.severity, subject: subject, message: message)
    }
}
