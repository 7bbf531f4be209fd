extension Outcome {
    /// Writes an outcome statement and the measures set against it; inside a priority it is numbered for you.
    ///
    /// ```swift
    /// Outcome("Care leavers are in touch and receiving services") {
    ///     Measure("pa-contact", "Care leavers in touch with their PA every 8 weeks") {
    ///         Target(100, .percent, "100% of care leavers in touch with their PA every 8 weeks")
    ///     }
    /// }
    /// ```
    public init(_ statement: String, id: String = "", @ContentBuilder<Measure> measures: () -> [Measure] = { [] }) {
        self.init(id: id, statement: statement, measures: measures())
    }
}
