import CorporateParenting
@testable import CPSKit
import Testing

@Suite struct RankingTests {
    @Test func tiesShareTheBetterRank() {
        let values = [("a", 70.0), ("b", 68), ("c", 68), ("d", 65), ("e", 75), ("f", 60)].map { (code: $0.0, value: $0.1) }
        #expect(Ranking.ranks(values, polarity: .higherIsBetter) == ["e": 1, "a": 2, "b": 3, "c": 3, "d": 5, "f": 6])
        #expect(Ranking.ranks(values, polarity: .lowerIsBetter) == ["f": 1, "d": 2, "b": 3, "c": 3, "a": 5, "e": 6])
        #expect(Ranking.ranks(values, polarity: .neutral).isEmpty)
    }

    @Test func quartilesRunFromAToD() {
        // Of 6: rank × 4 / 6 rounded up gives the band.
        #expect([1, 2, 3, 4, 5, 6].map { Ranking.quartile(rank: $0, of: 6) } == ["A", "B", "B", "C", "D", "D"])
        // Of 153, as DfE publishes: the best 38 are A.
        #expect(Ranking.quartile(rank: 38, of: 153) == "A")
        #expect(Ranking.quartile(rank: 39, of: 153) == "B")
        #expect(Ranking.quartile(rank: 153, of: 153) == "D")
    }

    @Test func meanAndMedian() {
        #expect(Ranking.mean([68, 68, 65]) == 67)
        #expect(Ranking.median([68, 68, 65]) == 68)
        #expect(Ranking.mean([70, 68, 60, 75]) == 68.25)
        #expect(Ranking.median([70, 68, 60, 75]) == 69)
        #expect(Ranking.mean([1, 2, 2]) == 1.67)
        #expect(Ranking.mean([]) == nil && Ranking.median([]) == nil)
    }
}
