/// A measure of the shared catalogue, bound where possible to DfE's published statistics.
public struct StandardMeasure: Codable, Equatable, Sendable, Identifiable {
    /// A stable id.
    public var id: StandardMeasureID
    /// A short title.
    public var title: String
    /// What exactly is measured.
    public var definition: String
    /// The unit of its values.
    public var unit: MeasureUnit
    /// Which way is better.
    public var polarity: Polarity
    /// The outcome domain it evidences.
    public var domain: DomainID
    /// Where DfE publishes it, when DfE does.
    public var dfe: DfEBinding?
    /// Phrases that name what the measure measures ("immunis", "placement stability", "neet "), written in lower
    /// case with spaces for punctuation. `cps says-does` reads an action, item or monitored metric whose text holds
    /// one, starting at the start of a word, as addressing the measure's figure; a phrase ending in a space must
    /// also end at the end of a word. Empty for a context measure, which is never judged.
    public var topics: [String]

    /// Creates a catalogue entry.
    public init(
        id: StandardMeasureID,
        title: String,
        definition: String,
        unit: MeasureUnit,
        polarity: Polarity,
        domain: DomainID,
        topics: [String] = [],
        dfe: DfEBinding? = nil
    ) {
        self.id = id
        self.title = title
        self.definition = definition
        self.unit = unit
        self.polarity = polarity
        self.domain = domain
        self.topics = topics
        self.dfe = dfe
    }
}
