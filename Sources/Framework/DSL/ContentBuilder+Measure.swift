extension ContentBuilder where Element == MeasureElement {
    /// Accepts the target.
    public static func buildExpression(_ item: Target) -> [MeasureElement] { [.target(item)] }
    /// Accepts the baseline.
    public static func buildExpression(_ item: Baseline) -> [MeasureElement] { [.baseline(item)] }
    /// Accepts a reported figure.
    public static func buildExpression(_ item: Observation) -> [MeasureElement] { [.observation(item)] }
}
