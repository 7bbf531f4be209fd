import CorporateParenting
@testable import CPSEngine
@testable import CPSKit
import Testing

/// The parent cells' shape is found in one walk: a chain or a cycle of many rows costs what a flat list does.
@Suite struct SpreadsheetShapeTests {
    static func rows(_ count: Int) -> [SpreadsheetRow] {
        (0..<count).map { SpreadsheetRow(number: $0 + 2, kind: SpreadsheetKind.entries[2], id: "i\($0)", object: JSONObject()) }
    }

    @Test func aChainTooDeepIsReportedOnceAtItsFirstRowTooDeep() {
        let chain = (0..<50).map { $0 == 0 ? "item.priority,i0,s,,I0,,,\n" : "item.objective,i\($0),i\($0 - 1),,I\($0),,,\n" }.joined()
        #expect(SpreadsheetReaderTests.problems(chain) == [
            "plan.csv row 40, column parent: the row sits 37 rows deep, counting the rows above it; a pack nests rows at most 36 deep.",
        ])
    }

    @Test func aLongChainAndALongCycleTakeLinearTime() {
        let count = 200_000
        let rows = Self.rows(count)
        let start = ContinuousClock.now
        let chain = SpreadsheetReader.shape(of: rows, Dictionary(uniqueKeysWithValues: (1..<count).map { ($0, $0 - 1) }))
        let cycle = SpreadsheetReader.shape(of: rows, Dictionary(uniqueKeysWithValues: (0..<count).map { ($0, ($0 + 1) % count) }))
        let elapsed = ContinuousClock.now - start
        #expect(chain.depth[count - 1] == count)
        #expect(chain.cyclic.isEmpty)
        #expect(cycle.cyclic.count == count)
        #expect(cycle.depth.isEmpty)
        // Linear, this is well under a second; walking up from every row would take hours.
        #expect(elapsed < .seconds(20))
    }
}
