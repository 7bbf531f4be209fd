extension Inconsistency {
    /// Records a self-contradiction; give each statement its own source, since sections do not prefix these.
    ///
    /// ```swift
    /// Inconsistency("How many working groups drive the priorities",
    ///     Statement("we have established 5 working groups", source: "Our Corporate Parenting Priorities"),
    ///     Statement("The contents list four priorities with working groups", source: "Table of Contents"))
    /// ```
    public init(_ topic: String, _ statements: Statement...) {
        self.init(topic: topic, statements: statements)
    }
}
