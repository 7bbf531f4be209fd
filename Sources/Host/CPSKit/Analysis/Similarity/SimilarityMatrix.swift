import CorporateParenting

/// How alike strategies are, pair by pair.
///
/// Each strategy is reduced to three sets: the outcome domains its priorities serve, the principles they serve,
/// and the standard measures it tracks. The similarity of two strategies is the mean of the three sets' Jaccard
/// indices (shared members over all members); a set empty in both strategies says nothing and is left out of
/// the mean. 1 is identical, 0 is nothing in common. Sets are bitsets over interned ids, so all pairs of a
/// thousand strategies take milliseconds.
public struct SimilarityMatrix: Codable, Sendable {
    /// The authorities, in row and column order.
    public var authorities: [AuthorityRef]
    /// `scores[i][j]`: the similarity of authorities i and j, rounded to three decimals.
    public var scores: [[Double]]

    /// Works out every pair.
    public init(_ profiles: [PackProfile]) {
        authorities = profiles.map(\.ref)
        let features = FeatureSets(profiles)
        let count = profiles.count
        var scores = Array(repeating: Array(repeating: 0.0, count: count), count: count)
        for i in 0..<count {
            scores[i][i] = 1
            for j in (i + 1)..<max(count, i + 1) {
                let score = features.similarity(i, j)
                scores[i][j] = score
                scores[j][i] = score
            }
        }
        self.scores = scores
    }

    /// The other authorities nearest `id`, most similar first, ties by id.
    public func nearest(to id: String) -> [(authority: AuthorityRef, score: Double)] {
        guard let row = authorities.firstIndex(where: { $0.id == id }) else { return [] }
        return authorities.indices.filter { $0 != row }
            .map { (authorities[$0], scores[row][$0]) }
            .sorted { ($1.1, $0.0.id) < ($0.1, $1.0.id) }
    }
}

/// Each strategy's domains, principles and standard measures as bitsets over ids interned once.
struct FeatureSets {
    var domains: [Bitset] = []
    var principles: [Bitset] = []
    var measures: [Bitset] = []

    init(_ profiles: [PackProfile]) {
        var domainIDs: [DomainID: Int] = [:]
        var measureIDs: [StandardMeasureID: Int] = [:]
        for profile in profiles {
            var domains = Bitset(), principles = Bitset(), measures = Bitset()
            for item in profile.items {
                for domain in item.domains { domains.insert(domainIDs.intern(domain)) }
                for principle in item.principles where principle >= 0 { principles.insert(principle) }
            }
            for measure in profile.measures {
                if let id = measure.measure.standardMeasure { measures.insert(measureIDs.intern(id)) }
            }
            self.domains.append(domains)
            self.principles.append(principles)
            self.measures.append(measures)
        }
    }

    func similarity(_ i: Int, _ j: Int) -> Double {
        let indices = [domains[i].jaccard(domains[j]), principles[i].jaccard(principles[j]), measures[i].jaccard(measures[j])].compactMap { $0 }
        guard !indices.isEmpty else { return 0 }
        let mean = indices.reduce(0, +) / Double(indices.count)
        return (mean * 1000).rounded() / 1000
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
