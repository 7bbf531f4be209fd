import CorporateParenting
@testable import CPSEngine
@testable import CPSKit
import Testing

@Suite struct SimilarityMatrixTests {
    @Test func meanOfThreeJaccardIndicesByHand() {
        let matrix = SimilarityMatrix([AnalysisFixtures.alpha, AnalysisFixtures.beta].map { PackProfile($0, framework: .standard) })
        // Domains: alpha {voice, homes}, beta {homes, voice, adulthood}: 2 shared of 3 -> 0.667.
        // Principles: alpha {1, 2, 3, 6}, beta {6, 2, 7}: 2 shared of 5 -> 0.4.
        // Standard measures monitored: alpha {sdq-completion, placement-stability-short-term, missing-incident} (its
        // context figures, cla-count and persistent-absence, do not count), beta {placement-stability-short-term}: 1 of 3.
        // Mean: (2/3 + 2/5 + 1/3) / 3 = 0.4667.
        #expect(matrix.scores == [[1, 0.467], [0.467, 1]])
    }

    @Test func emptySetsInBothAreLeftOut() {
        let a = AnalysisFixtures.pack("a", Priority("p", "P", principles: [1], domains: [.health]))
        let b = AnalysisFixtures.pack("b", Priority("p", "P", principles: [1], domains: [.safety]))
        let matrix = SimilarityMatrix([a, b].map { PackProfile($0, framework: .standard) })
        #expect(matrix.scores[0][1] == 0.5)
    }

    @Test func nearestAreSortedBySimilarityThenID() {
        let c = AnalysisFixtures.pack("c", Priority("voice", "Voice", principles: [2, 3], domains: [.voice]))
        let matrix = SimilarityMatrix([AnalysisFixtures.alpha, AnalysisFixtures.beta, c].map { PackProfile($0, framework: .standard) })
        #expect(matrix.nearest(to: "alpha").map(\.authority.id) == ["beta", "c"])
    }

    @Test func bitsetsCountAndCompare() {
        var a = Bitset(), b = Bitset()
        for member in [1, 64, 200] { a.insert(member) }
        for member in [64, 65] { b.insert(member) }
        #expect(a.count == 3 && a.contains(200) && !a.contains(2))
        #expect(a.jaccard(b) == 0.25)
        #expect(Bitset().jaccard(Bitset()) == nil)
    }
}
