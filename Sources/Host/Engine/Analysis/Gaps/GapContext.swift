import CorporateParenting

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
