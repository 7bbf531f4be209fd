@testable import CPSEngine
@testable import CPSKit
import Foundation
import Testing

/// `cps stats query`: filter columns shown, --where ignoring case (== exactly), an empty result explained, and
/// DfE's special values said in words.
@Suite struct StatsQueryTests {
    static let file = StatisticsFixtures.current
    static let stability = "Living with the same carer for at least 2 years"

    static func json(_ arguments: [String]) throws -> [[String: Any]] {
        let result = CPSHarness.run(["stats", "query", file] + arguments + ["--value", "children_percent", "--format", "json"])
        #expect(result.status == 0, "\(result.error)")
        return try #require(try JSONSerialization.jsonObject(with: Data(result.out.utf8)) as? [[String: Any]])
    }

    @Test func everyFilterColumnIsShownSoRowsDiffer() throws {
        // Alpha has two rows in 2025 that differ only in placement_stability, which no --where names.
        let rows = try Self.json(["--where", "la_name=Alpha", "--where", "time_period=2025"])
        #expect(rows.count == 2)
        let filters = rows.compactMap { $0["filters"] as? [String: String] }
        #expect(filters.count == 2 && filters.allSatisfy { Set($0.keys) == ["cla_group", "placement_stability"] })
        #expect(Set(filters.compactMap { $0["placement_stability"] }) == [Self.stability, "Total children"])
        let csv = CPSHarness.run(["stats", "query", Self.file, "--where", "la_name=Alpha", "--where", "time_period=2025", "--value", "children_percent", "--format", "csv"]).out
        let lines = csv.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(lines.first == "timePeriod,geographicLevel,dfeCode,onsCode,name,regionName,cla_group,placement_stability,value,symbol")
        #expect(lines.count == 3 && Set(lines.dropFirst()).count == 2)
        #expect(lines.contains { $0.hasSuffix(",Total children,100,") })
    }

    @Test func valuesAndColumnNamesMatchIgnoringCaseUnlessExact() throws {
        let loose = try Self.json(["--where", "LA_NAME=alpha", "--where", "Placement_Stability=\(Self.stability.uppercased())"])
        #expect(loose.count == 2 && loose.allSatisfy { $0["name"] as? String == "Alpha" })
        #expect(try Self.json(["--where", "la_name==Alpha", "--where", "placement_stability==\(Self.stability)"]).count == 2)
        let exact = CPSHarness.run(["stats", "query", Self.file, "--where", "la_name==alpha", "--value", "children_percent"])
        #expect(exact.status == 1)
        #expect(exact.error.contains("no row has la_name \"alpha\" exactly"))
        // The value column's name ignores case too.
        #expect(CPSHarness.run(["stats", "query", Self.file, "--where", "la_name=alpha", "--value", "CHILDREN_PERCENT"]).status == 0)
    }

    @Test func specialValuesSayWhatTheyMean() throws {
        let rows = try Self.json(["--where", "placement_stability=\(Self.stability)", "--where", "time_period=2025"])
        let meanings = Dictionary(rows.compactMap { row in (row["symbol"] as? String).map { ($0, row["meaning"] as? String ?? "") } }, uniquingKeysWith: { first, _ in first })
        #expect(meanings == ["c": "suppressed", "z": "not applicable", "x": "not available", "k": "rounds to zero",
                             "~": "rounds to zero (older releases)", ":": "not available (older releases)"])
        #expect(rows.filter { $0["value"] is Double }.allSatisfy { $0["meaning"] is NSNull && $0["symbol"] is NSNull })
        for format in ["text", "csv", "markdown"] {
            let out = CPSHarness.run(["stats", "query", Self.file, "--where", "la_name=epsilon", "--value", "children_percent", "--format", format]).out
            #expect(out.contains("suppressed (c)"), "\(format): \(out)")
        }
    }

    @Test func conditionsParse() {
        #expect(DfEQueryFilter(parsing: "a=B") == DfEQueryFilter(column: "a", value: "B"))
        #expect(DfEQueryFilter(parsing: "a==B") == DfEQueryFilter(column: "a", value: "B", exact: true))
        #expect(DfEQueryFilter(parsing: "a===B") == DfEQueryFilter(column: "a", value: "=B", exact: true))
        #expect(DfEQueryFilter(parsing: "a=") == DfEQueryFilter(column: "a", value: ""))
        #expect(DfEQueryFilter(parsing: "=B") == nil && DfEQueryFilter(parsing: "aB") == nil)
        #expect(DfEQueryFilter(column: "a", value: "Total").accepts("TOTAL") && !DfEQueryFilter(column: "a", value: "Total", exact: true).accepts("TOTAL"))
    }

    @Test func nothingMatchedNamesTheConditionAndTheValuesThroughTheBinary() throws {
        let miss = try RealBinary.run(["stats", "query", Self.file, "--where", "la_name=Alfa", "--value", "children_percent"])
        #expect(miss.status == 1)
        #expect(miss.out.isEmpty)
        #expect(miss.error.split(separator: "\n").count == 1, "\(miss.error)")
        // Nearest first, ten at most, the rest counted.
        #expect(miss.error.contains("\(Self.file): no row has la_name \"Alfa\"; la_name there holds \"Alpha\", "))
        #expect(miss.error.contains(" and 2 more."))
        #expect(miss.error.components(separatedBy: "\", \"").count == 10)

        // A condition that matches alone but not with the earlier ones names those and the values left.
        let combined = try RealBinary.run(["stats", "query", Self.file, "--where", "la_name=beta", "--where", "placement_stability=total children",
                                           "--value", "children_percent"])
        #expect(combined.status == 1)
        #expect(combined.error.contains("no row with la_name \"beta\" has placement_stability \"total children\"; placement_stability there holds \"\(Self.stability)\"."),
                "\(combined.error)")

        let column = try RealBinary.run(["stats", "query", Self.file, "--where", "la=Alpha", "--value", "children_percent"])
        #expect(column.status == 65)
        #expect(column.error.contains("there is no column la; the columns are time_period,") && column.error.contains("placement_stability"))

        let help = try RealBinary.run(["stats", "--help"])
        #expect(help.out.contains("COLUMN==VALUE"))
    }
}
