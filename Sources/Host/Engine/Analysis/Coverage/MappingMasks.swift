import CorporateParenting

/// The principles and domains an entry serves, as bit masks, stated and judged kept apart; suggested mappings are
/// left out, since a suggestion nobody has judged never counts as coverage.
struct MappingMasks: Equatable, Sendable {
    var statedPrinciples: UInt64 = 0
    var judgedPrinciples: UInt64 = 0
    var statedDomains: UInt64 = 0
    var judgedDomains: UInt64 = 0

    /// No mapping at all.
    static let none = MappingMasks()

    /// The masks of `mappings`.
    init(_ mappings: [Mapping], framework: FrameworkIndex) {
        // By index, so no mapping (with its lists and note) is copied.
        for place in mappings.indices {
            var principles: UInt64 = 0
            for principle in mappings[place].principles where (1...64).contains(principle.rawValue) {
                principles |= 1 << UInt64(principle.rawValue - 1)
            }
            let domains = mappings[place].domains.isEmpty ? 0 : framework.domainMask(mappings[place].domains)
            switch mappings[place].basis {
            case .stated: statedPrinciples |= principles; statedDomains |= domains
            case .judged: judgedPrinciples |= principles; judgedDomains |= domains
            case .suggested: continue
            }
        }
    }

    init() {}

    /// Whether it serves nothing.
    var isEmpty: Bool { (statedPrinciples | judgedPrinciples | statedDomains | judgedDomains) == 0 }

    /// Every principle served, stated or judged.
    var principles: UInt64 { statedPrinciples | judgedPrinciples }

    /// Every domain served, stated or judged.
    var domains: UInt64 { statedDomains | judgedDomains }

    /// The union of two entries' mappings (a body serving two items serves what both serve).
    func union(_ other: MappingMasks) -> MappingMasks {
        var result = self
        result.statedPrinciples |= other.statedPrinciples
        result.judgedPrinciples |= other.judgedPrinciples
        result.statedDomains |= other.statedDomains
        result.judgedDomains |= other.judgedDomains
        return result
    }

    /// The basis on which it serves the row at `bit` of the principle masks (or, with `principles` false, the
    /// domain masks), or `nil` when it does not serve it.
    func basis(bit: UInt64, principles: Bool) -> MappingBasis? {
        let stated = principles ? statedPrinciples : statedDomains
        let judged = principles ? judgedPrinciples : judgedDomains
        if stated & bit != 0 { return .stated }
        return judged & bit != 0 ? .judged : nil
    }
}
