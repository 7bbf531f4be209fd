@testable import CPSEngine
@testable import CPSKit
import Testing

@Suite struct SupportTests {
    @Test func suggestionsFindNearNames() {
        #expect(Suggestions.nearest(to: "sefon", among: ["sefton", "lancashire"]) == ["sefton"])
        #expect(Suggestions.nearest(to: "lincoln", among: ["north-east-lincolnshire", "sefton"]) == ["north-east-lincolnshire"])
        #expect(Suggestions.nearest(to: "qqqqqq", among: ["sefton"]).isEmpty)
    }

    @Test(arguments: [(0, "1970-01-01"), (20_415, "2025-11-23"), (11_016, "2000-02-29"), (-1, "1969-12-31"), (19_782, "2024-02-29")])
    func civilDatesFromDays(days: Int, expected: String) {
        #expect(Today.civilDate(daysSinceEpoch: days).description == expected)
    }

    @Test func numbersPrintAsDocumentsPrintThem() {
        #expect(NumberFormat.plain(82.2) == "82.2")
        #expect(NumberFormat.plain(75_420) == "75,420")
        #expect(NumberFormat.plain(445) == "445")
        #expect(NumberFormat.withUnit(137, .per10k) == "137 per 10,000")
        #expect(NumberFormat.withUnit(50, .percent) == "50%")
    }

    @Test func readingAMissingFileSaysSo() {
        #expect(throws: EngineError.cannotRead(path: "/no/such/file", reason: "no such file or folder")) {
            try FileSystem.read("/no/such/file")
        }
        #expect(throws: EngineError.self) { try FileSystem.read("/tmp") }
    }
}
