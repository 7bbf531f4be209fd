/// A measure the strategy sets, or a figure the document reports.
///
/// A measure that matches the framework's catalogue names it in ``standardMeasure``; that is what lets councils
/// be compared and benchmarked against DfE statistics. ``target``, ``baseline`` and ``observations`` hold only
/// what the document states. Percentages are recorded as printed (82.2, not 0.822).
public struct Measure: Codable, Equatable, Sendable {
    /// A stable id, unique in the pack.
    public var id: String
    /// The measure as the document words it.
    public var title: String
    /// The catalogue measure it matches, when it matches one.
    public var standardMeasure: StandardMeasureID?
    /// Whether the strategy commits to monitor it or the document only reports it as context.
    public var purpose: MeasurePurpose
    /// The unit the document uses.
    public var unit: MeasureUnit?
    /// The outcome domain, when neither a standard measure nor the enclosing priority gives one.
    public var domain: DomainID?
    /// How the document defines or collects it, in its words.
    public var definition: String?
    /// How often the document says it is collected or reported.
    public var frequency: String?
    /// The target the document sets, if any.
    public var target: Target?
    /// The baseline the document names, if any.
    public var baseline: Baseline?
    /// The figures the document reports for it.
    public var observations: [Observation]
    /// The section this comes from.
    public var source: String

    /// Creates a measure from its parts; the DSL initialiser is usually more convenient.
    public init(
        id: String,
        title: String,
        standardMeasure: StandardMeasureID? = nil,
        purpose: MeasurePurpose = .monitor,
        unit: MeasureUnit? = nil,
        domain: DomainID? = nil,
        definition: String? = nil,
        frequency: String? = nil,
        target: Target? = nil,
        baseline: Baseline? = nil,
        observations: [Observation] = [],
        source: String = ""
    ) {
        self.id = id
        self.title = title
        self.standardMeasure = standardMeasure
        self.purpose = purpose
        self.unit = unit
        self.domain = domain
        self.definition = definition
        self.frequency = frequency
        self.target = target
        self.baseline = baseline
        self.observations = observations
        self.source = source
    }
}
