/// The shared outcome framework every council's pack sits on: the statutory principles, the outcome domains and
/// the catalogue of standard measures.
///
/// ```swift
/// let framework = OutcomeFramework.standard
/// framework.principle(6)?.shortTitle          // "Safety and stability"
/// framework.domain(.homes)?.principles        // [1, 6]
/// framework.measure("sdq-average")?.polarity  // .lowerIsBetter
/// ```
public struct OutcomeFramework: Codable, Equatable, Sendable {
    /// The seven corporate parenting principles, in the Act's order.
    public var principles: [Principle]
    /// The outcome domains (nine in the standard framework).
    public var domains: [Domain]
    /// The catalogue of standard measures.
    public var measures: [StandardMeasure]

    /// Creates a framework.
    public init(principles: [Principle], domains: [Domain], measures: [StandardMeasure]) {
        self.principles = principles
        self.domains = domains
        self.measures = measures
    }

    /// The framework this package ships.
    public static let standard = OutcomeFramework(
        principles: OutcomeFramework.statutoryPrinciples,
        domains: OutcomeFramework.standardDomains,
        measures: OutcomeFramework.standardMeasures
    )

    /// The principle with this number, if there is one.
    public func principle(_ number: Int) -> Principle? {
        principles.first { $0.number == number }
    }

    /// The domain with this id, if there is one.
    public func domain(_ id: DomainID) -> Domain? {
        domains.first { $0.id == id }
    }

    /// The catalogue measure with this id, if there is one.
    public func measure(_ id: StandardMeasureID) -> StandardMeasure? {
        measures.first { $0.id == id }
    }
}
