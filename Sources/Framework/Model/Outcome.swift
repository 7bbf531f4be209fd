/// An outcome a priority seeks ("what success will look like") and the measures set against it.
public struct Outcome: Codable, Equatable, Sendable {
    /// A stable id, unique in the pack; the DSL numbers outcomes within their priority.
    public var id: String
    /// The outcome statement as the document words it.
    public var statement: String
    /// The measures the document sets against this outcome.
    public var measures: [Measure]
    /// The section this comes from.
    public var source: String

    /// Creates an outcome.
    public init(id: String, statement: String, measures: [Measure] = [], source: String = "") {
        self.id = id
        self.statement = statement
        self.measures = measures
        self.source = source
    }
}
