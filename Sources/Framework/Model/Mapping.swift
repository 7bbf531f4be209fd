/// The statutory principles and outcome domains something serves, and on what basis that is said.
///
/// A document sometimes states its own mapping ("This priority addresses principles 2 and 3"); more often the
/// encoder judges it. The two are kept apart: analyses may weigh them differently, and `cps render` never
/// presents a judgement as the council's words.
public struct Mapping: Codable, Equatable, Hashable, Sendable {
    /// The principles served (1-7).
    public var principles: [PrincipleNumber]
    /// The framework's outcome domains served (see ``Domain``).
    public var domains: [DomainID]
    /// Whether the document states this mapping or it is the encoder's judgement.
    public var basis: MappingBasis
    /// The document's words (for a stated mapping) or the encoder's reason (for a judgement).
    public var note: String?

    /// Creates a mapping.
    public init(principles: [PrincipleNumber] = [], domains: [DomainID] = [], basis: MappingBasis, note: String? = nil) {
        self.principles = principles
        self.domains = domains
        self.basis = basis
        self.note = note
    }
}

/// Who says that something serves a principle or domain.
public enum MappingBasis: String, Codable, CaseIterable, Sendable {
    /// The document says so.
    case stated
    /// The encoder judged it from what the document says.
    case judged
    /// `cps draft` suggested it from words in the text; nobody has judged it yet.
    case suggested
}
