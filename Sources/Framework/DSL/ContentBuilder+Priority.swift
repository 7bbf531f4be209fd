extension ContentBuilder where Element == PriorityElement {
    /// Accepts the aim.
    public static func buildExpression(_ item: Aim) -> [PriorityElement] { [.aim(item.statement)] }
    /// Accepts the priority's vision.
    public static func buildExpression(_ item: Vision) -> [PriorityElement] { [.vision(item.statement)] }
    /// Accepts a commitment.
    public static func buildExpression(_ item: Commitment) -> [PriorityElement] { [.commitment(item)] }
    /// Accepts an outcome.
    public static func buildExpression(_ item: Outcome) -> [PriorityElement] { [.outcome(item)] }
    /// Accepts a measure not set against one outcome.
    public static func buildExpression(_ item: Measure) -> [PriorityElement] { [.measure(item)] }
    /// Accepts a challenge.
    public static func buildExpression(_ item: Challenge) -> [PriorityElement] { [.challenge(item.statement)] }
    /// Accepts a partner.
    public static func buildExpression(_ item: Partner) -> [PriorityElement] { [.partner(item.name)] }
}
