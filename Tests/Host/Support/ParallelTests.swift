@testable import CPSEngine
@testable import CPSKit
import Testing

@Suite struct ParallelTests {
    @Test func mapKeepsTheOrderOfItsItems() {
        let items = Array(0..<1000)
        #expect(Parallel.map(items) { $0 * $0 } == items.map { $0 * $0 })
        #expect(Parallel.map([7]) { $0 + 1 } == [8])
        #expect(Parallel.map([Int]()) { $0 }.isEmpty)
    }

    @Test func bothReturnsEachPieceOfWorksOwnResult() {
        let words = ["corporate", "parenting", "strategy"]
        let (count, joined) = Parallel.both({ words.reduce(0) { $0 + $1.count } }, { words.joined(separator: " ") })
        #expect(count == 26)
        #expect(joined == "corporate parenting strategy")
    }
}
