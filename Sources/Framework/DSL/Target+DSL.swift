extension Target {
    /// A target with a value, in the document's words.
    ///
    /// ```swift
    /// Target(100, .percent, "To have 100% SDQ completion.")
    /// ```
    public init(_ value: Double, _ unit: MeasureUnit, _ wording: String, by: PartialDate? = nil) {
        self.init(value: value, unit: unit, by: by, wording: wording)
    }

    /// A target that gives only a direction, in the document's words.
    ///
    /// ```swift
    /// Target(.decrease, "Reduction in short notice placement moves")
    /// ```
    public init(_ direction: Direction, _ wording: String, by: PartialDate? = nil) {
        self.init(direction: direction, by: by, wording: wording)
    }
}
