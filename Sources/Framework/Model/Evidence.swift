/// Evidence of success the document names: a metric with its figures, a deliverable, a statement young people or
/// partners will make, or a quality standard.
///
/// Only a metric has figures, a unit, a target and a baseline; `cps gaps` asks for a target only of metrics the
/// strategy monitors, never of a survey statement or a deliverable. ``purpose`` is the one field that says whether
/// the strategy commits to monitor a metric or only quotes it as context, and every command reads it the same way.
public struct Evidence: Codable, Equatable, Sendable {
    /// A stable id, unique in the pack, when the evidence needs one (a metric a board receives, say).
    public var id: ID<Evidence>?
    /// What sort of evidence it is.
    public var kind: EvidenceKind
    /// The text as printed.
    public var text: String
    /// Whether the strategy commits to monitor it or quotes it as context.
    public var purpose: EvidencePurpose
    /// The catalogue measure it matches, when it matches one (`cps measures`).
    public var standardMeasure: StandardMeasureID?
    /// The unit the document uses (metrics).
    public var unit: MeasureUnit?
    /// Which way is better, when the document says so and no standard measure gives it.
    public var polarity: Polarity?
    /// The outcome domain, when neither a standard measure nor an enclosing item gives one.
    public var domain: DomainID?
    /// How the document defines or collects it, in its words.
    public var definition: String?
    /// How often the document says it is collected or reported, as printed.
    public var frequency: String?
    /// The target the document sets, if any.
    public var target: Target?
    /// The baseline the document names, if any.
    public var baseline: Baseline?
    /// The figures the document prints for it.
    public var figures: [Figure]
    /// `true` when the capture cuts it off.
    public var cutOff: Bool?

    /// Creates evidence.
    public init(
        id: ID<Evidence>? = nil,
        kind: EvidenceKind,
        text: String,
        purpose: EvidencePurpose,
        standardMeasure: StandardMeasureID? = nil,
        unit: MeasureUnit? = nil,
        polarity: Polarity? = nil,
        domain: DomainID? = nil,
        definition: String? = nil,
        frequency: String? = nil,
        target: Target? = nil,
        baseline: Baseline? = nil,
        figures: [Figure] = [],
        cutOff: Bool? = nil
    ) {
        self.id = id
        self.kind = kind
        self.text = text
        self.purpose = purpose
        self.standardMeasure = standardMeasure
        self.unit = unit
        self.polarity = polarity
        self.domain = domain
        self.definition = definition
        self.frequency = frequency
        self.target = target
        self.baseline = baseline
        self.figures = figures
        self.cutOff = cutOff
    }
}

/// What sort of evidence of success an entry is.
public enum EvidenceKind: String, Codable, CaseIterable, Sendable {
    /// A quantity that can be counted or measured, with figures.
    case metric
    /// Something to be produced or reached: a report, a milestone ("Mosaic reports to evidence a 'turn in the curve'").
    case deliverable
    /// What young people, carers or partners will say ("I feel good about my future").
    case statement
    /// A quality standard practice will meet ("PEP reviews illustrate that...").
    case standard
}

/// Whether a strategy commits to a piece of evidence or only quotes it.
public enum EvidencePurpose: String, Codable, CaseIterable, Sendable {
    /// The strategy commits to monitor it (a measure of success, a board's indicator).
    case monitor
    /// The document quotes it as context (the local or national picture); it is not a commitment.
    case context
}
