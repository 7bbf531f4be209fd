extension ContentBuilder where Element == PackElement {
    /// Accepts the strategy record.
    public static func buildExpression(_ item: Strategy) -> [PackElement] { [.strategy(item)] }
    /// Accepts the strategy's vision.
    public static func buildExpression(_ item: Vision) -> [PackElement] { [.vision(item.statement)] }
    /// Accepts the strategy's mission.
    public static func buildExpression(_ item: Mission) -> [PackElement] { [.mission(item.statement)] }
    /// Accepts one of the strategy's values.
    public static func buildExpression(_ item: Value) -> [PackElement] { [.value(item.statement)] }
    /// Accepts one of the council's own principles.
    public static func buildExpression(_ item: LocalPrinciple) -> [PackElement] { [.localPrinciple(item.statement)] }
    /// Accepts what children and young people say.
    public static func buildExpression(_ item: Voice) -> [PackElement] { [.voice(item.statement)] }
    /// Accepts a challenge for the strategy as a whole.
    public static func buildExpression(_ item: Challenge) -> [PackElement] { [.challenge(item.statement)] }
    /// Accepts legislation or guidance the document lists.
    public static func buildExpression(_ item: Legislation) -> [PackElement] { [.legislation(item.statement)] }
    /// Accepts a signatory.
    public static func buildExpression(_ item: Signatory) -> [PackElement] { [.signatory(item)] }
    /// Accepts a priority.
    public static func buildExpression(_ item: Priority) -> [PackElement] { [.priority(item)] }
    /// Accepts an objective.
    public static func buildExpression(_ item: Objective) -> [PackElement] { [.objective(item)] }
    /// Accepts a strategy-wide measure or reported figure.
    public static func buildExpression(_ item: Measure) -> [PackElement] { [.measure(item)] }
    /// Accepts a pledge.
    public static func buildExpression(_ item: Pledge) -> [PackElement] { [.pledge(item)] }
    /// Accepts a working group.
    public static func buildExpression(_ item: WorkingGroup) -> [PackElement] { [.workingGroup(item)] }
    /// Accepts the board.
    public static func buildExpression(_ item: Board) -> [PackElement] { [.board(item)] }
    /// Accepts a youth participation group.
    public static func buildExpression(_ item: ParticipationGroup) -> [PackElement] { [.participation(item)] }
    /// Accepts another governance arrangement.
    public static func buildExpression(_ item: Arrangement) -> [PackElement] { [.arrangement(item.statement)] }
    /// Accepts a cohort figure.
    public static func buildExpression(_ item: CohortFigure) -> [PackElement] { [.cohort(item)] }
    /// Accepts an item of the local offer.
    public static func buildExpression(_ item: LocalOffer) -> [PackElement] { [.localOffer(item.statement)] }
    /// Accepts a list of expectations.
    public static func buildExpression(_ item: ExpectationSet) -> [PackElement] { [.expectations(item)] }
    /// Accepts a self-contradiction.
    public static func buildExpression(_ item: Inconsistency) -> [PackElement] { [.inconsistency(item)] }
}
