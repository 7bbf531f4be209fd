import CorporateParenting
@testable import CPSEngine
@testable import CPSKit
import Testing

@Suite struct RankingTests {
    @Test func tiesShareTheBetterRank() {
        let values: [Double?] = [70, 68, 68, 65, 75, 60, nil]
        #expect(Ranking.ranks(values, polarity: .higherIsBetter) == [2, 3, 3, 5, 1, 6, 0])
        #expect(Ranking.ranks(values, polarity: .lowerIsBetter) == [5, 3, 3, 2, 6, 1, 0])
        #expect(Ranking.ranks(values, polarity: .neutral) == [0, 0, 0, 0, 0, 0, 0])
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
