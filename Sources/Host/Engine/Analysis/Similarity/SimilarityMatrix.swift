import CorporateParenting

/// How alike strategies are, pair by pair.
///
/// Each strategy is reduced to three sets: the outcome domains its items (priorities, outcomes, themes, pledges
/// and the items under them) serve, the principles they serve, and the standard measures it monitors (figures
/// quoted as context do not count). The similarity of two strategies is the mean of the three sets' Jaccard
/// indices (shared members over all members); a set empty in both strategies says nothing and is left out of
/// the mean. 1 is identical, 0 is nothing in common. Sets are bitsets over interned ids, so all pairs of a
/// thousand strategies take milliseconds.
public struct SimilarityMatrix: PairwiseScores, Codable, Sendable {
    /// The authorities, in row and column order.
    public var authorities: [AuthorityRef]
    /// The similarities row by row: entry `i * count + j` is that of authorities i and j, rounded to three decimals.
    private var cells: [Double]

    /// The similarity of authorities `i` and `j`.
    public func score(_ i: Int, _ j: Int) -> Double { cells[i * authorities.count + j] }

    /// Encodes the authorities and the square matrix of scores.
    public func encode(to encoder: any Encoder) throws { try encodeSquare(to: encoder) }

    /// Decodes the authorities and the matrix.
    public init(from decoder: any Decoder) throws {
        (authorities, cells) = try Self.decodeSquare(from: decoder)
    }

    /// Works out every pair, rows spread over the machine's cores.
    public init(_ profiles: [PackProfile]) {
        authorities = profiles.map(\.ref)
        let features = FeatureSets(profiles)
        cells = Self.symmetricCells(count: profiles.count, diagonal: { _ in 1 }, pair: { features.similarity($0, $1) })
    }
}

/// Each strategy's domains, principles and standard measures as 64-bit masks over the framework's ids, so a pair's
/// similarity is a few population counts. Sets with members past 64 (a bigger framework) fall back to bitsets.
struct FeatureSets: Sendable {
    var domains: [UInt64] = []
    var principles: [UInt64] = []
    var measures: [UInt64] = []
    /// The full sets, kept only when some member does not fit in 64 bits.
    var wide: [[Bitset]]?

    init(_ profiles: [PackProfile]) {
        var domainIDs: [DomainID: Int] = [:]
        var measureIDs: [StandardMeasureID: Int] = [:]
        for (index, domain) in OutcomeFramework.standard.domains.enumerated() { domainIDs[domain.id] = index }
        for (index, measure) in OutcomeFramework.standard.measures.enumerated() { measureIDs[measure.id] = index }
        var sets: [[Bitset]] = []
        sets.reserveCapacity(profiles.count)
        for profile in profiles {
            var domains = Bitset(), principles = Bitset(), measures = Bitset()
            for item in profile.items {
                for domain in item.domains { domains.insert(domainIDs.intern(domain)) }
                for principle in item.principles where principle >= 0 { principles.insert(principle) }
            }
            for measure in profile.measures {
                if let id = measure.evidence.standardMeasure { measures.insert(measureIDs.intern(id)) }
            }
            sets.append([domains, principles, measures])
        }
        if sets.allSatisfy({ $0.allSatisfy(\.fitsInOneWord) }) {
            domains = sets.map { $0[0].low }
            principles = sets.map { $0[1].low }
            measures = sets.map { $0[2].low }
        } else {
            wide = sets
        }
    }

    @inline(__always)
    func similarity(_ i: Int, _ j: Int) -> Double {
        if let wide {
            let indices = (0..<3).compactMap { wide[i][$0].jaccard(wide[j][$0]) }
            guard !indices.isEmpty else { return 0 }
            return (indices.reduce(0, +) / Double(indices.count) * 1000).rounded() / 1000
        }
        var total = 0.0, parts = 0.0
        Self.add(domains[i], domains[j], &total, &parts)
        Self.add(principles[i], principles[j], &total, &parts)
        Self.add(measures[i], measures[j], &total, &parts)
        guard parts > 0 else { return 0 }
        return (total / parts * 1000).rounded() / 1000
    }

    @inline(__always)
    static func add(_ a: UInt64, _ b: UInt64, _ total: inout Double, _ parts: inout Double) {
        let union = (a | b).nonzeroBitCount
        guard union > 0 else { return }
        total += Double((a & b).nonzeroBitCount) / Double(union)
        parts += 1
    }
}

extension Dictionary where Value == Int {
    /// The number interned for `key`, interning it if new.
    mutating func intern(_ key: Key) -> Int {
        if let existing = self[key] { return existing }
        let number = count
        self[key] = number
        return number
    }
}
