import CorporateParenting
@testable import CPSEngine
@testable import CPSKit
import Testing

/// A binding with no filters reads every row of a file with value columns only, such as DfE's social work workforce
/// indicators, whose `la_name` comes after `new_la_code`.
@Suite struct DfETableBindingTests {
    static let workforce = """
    time_period,time_identifier,geographic_level,country_code,country_name,region_code,region_name,old_la_code,new_la_code,la_name,turnover_rate_fte,caseload_fte
    2025,Reporting year,National,E92000001,England,,,,,,11.8,15.2
    2025,Reporting year,Regional,E92000001,England,E12000002,North West,,,,12.1,16.0
    2025,Reporting year,Local authority,E92000001,England,E12000002,North West,890,E06000009,Blackpool,20.5,c
    2017,Reporting year,Local authority,E92000001,England,E12000002,North West,890,E06000009,Blackpool,9.1,17.4

    """

    @Test func aBindingWithNoFiltersReadsEveryRowOfAWorkforceFile() throws {
        let table = try DfETable(bytes: Array(Self.workforce.utf8), path: "csww_indicators_2017_to_2025.csv")
        let binding = try #require(OutcomeFramework.standard.measure("social-worker-turnover")?.dfe)
        #expect(binding.filters.isEmpty)
        let rows = try #require(try table.series(for: binding))
        #expect(rows.count == 4)
        #expect(rows.map(\.timePeriod) == ["2025", "2025", "2025", "2017"])
        let blackpool = try #require(rows.first { $0.geographicLevel == .localAuthority && $0.timePeriod == "2025" })
        #expect(blackpool.name == "Blackpool" && blackpool.dfeCode == "890" && blackpool.onsCode == "E06000009" && blackpool.regionName == "North West")
        #expect(blackpool.value == 20.5)
        let caseloadBinding = try #require(OutcomeFramework.standard.measure("social-worker-caseload")?.dfe)
        let caseload = try #require(try table.series(for: caseloadBinding))
        #expect(caseload.first { $0.name == "Blackpool" && $0.timePeriod == "2025" }?.symbol == "c")
        #expect(rows.first { $0.geographicLevel == .national }?.name == "England")
    }

    @Test func aFileWithoutTheValueColumnHoldsNoneOfTheSeries() throws {
        let table = try DfETable(bytes: Array(Self.workforce.utf8), path: "csww.csv")
        let binding = try #require(OutcomeFramework.standard.measure("agency-worker-rate")?.dfe)
        #expect(try table.series(for: binding) == nil)
    }
}
