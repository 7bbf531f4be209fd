import CorporateParenting
import Testing

@Suite struct PartialDateTests {
    @Test(arguments: ["2025", "2022-08", "2019-08-01", "2024-02-29"])
    func parsesAndPrintsValidDates(text: String) throws {
        let date = try #require(PartialDate(text))
        #expect(date.description == text)
    }

    @Test(arguments: ["", "25", "2025-8", "2025-13", "2023-02-29", "2025-00", "2025-01-32", "twenty", "2025-01-01-01", "-2025", "２０２５"])
    func rejectsInvalidDates(text: String) {
        #expect(PartialDate(text) == nil)
    }

    @Test func aYearSpansItsWholeYear() throws {
        let year = PartialDate(year: 2025)
        #expect(year.earliestDay.description == "2025-01-01")
        #expect(year.latestDay.description == "2025-12-31")
        #expect(try #require(PartialDate("2024-02")).latestDay.description == "2024-02-29")
    }

    @Test func ordersByEarliestDayThenPrecision() throws {
        let dates = ["2025-01-01", "2024", "2025", "2024-12-31"].compactMap(PartialDate.init)
        #expect(dates.sorted().map(\.description) == ["2024", "2024-12-31", "2025", "2025-01-01"])
    }

    @Test func codesAsAString() throws {
        let date = try #require(PartialDate("2022-08"))
        #expect(try PackCoding.json(date) == "\"2022-08\"\n")
        #expect(try PackCoding.decode(PartialDate.self, from: Array("\"2019-08-01\"".utf8)).day == 1)
        #expect(throws: PackDecodingError.self) { try PackCoding.decode(PartialDate.self, from: Array("\"August 2022\"".utf8)) }
    }
}
