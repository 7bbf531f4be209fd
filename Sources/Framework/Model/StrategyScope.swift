/// Whom the strategy covers: ages, groups it names (with or without a count), and how many children it says the
/// council is corporate parent to.
public struct StrategyScope: Codable, Equatable, Sendable {
    /// The sentence that states the scope, as printed.
    public var text: String?
    /// The ages covered, when printed ("at all ages from 0-18 years").
    public var ages: AgeRange?
    /// Groups the document names as covered ("unaccompanied asylum seeking children", "care leavers up to 25").
    public var groups: [String]
    /// Counts the document prints for the groups it covers.
    public var figures: [Figure]

    /// Creates a scope statement.
    public init(text: String? = nil, ages: AgeRange? = nil, groups: [String] = [], figures: [Figure] = []) {
        self.text = text
        self.ages = ages
        self.groups = groups
        self.figures = figures
    }
}
