import BuiltInAuthorities
import Foundation
import Testing

@Suite struct StatisticsCommandsTests {
    @Test func queryGivesTheDocumentedJSON() throws {
        let result = CPSHarness.run(["stats", "query", StatisticsFixtures.current, "--where", "cla_group=Children looked after continuously for at least 2.5 years on 31 March aged under 16 years",
                                     "--where", "placement_stability=Living with the same carer for at least 2 years", "--value", "children_percent", "--format", "json"])
        #expect(result.status == 0)
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(result.out.utf8)) as? [[String: Any]])
        #expect(rows.count == 16)
        let epsilon = try #require(rows.first { $0["name"] as? String == "Epsilon" })
        #expect(Set(epsilon.keys) == ["timePeriod", "geographicLevel", "dfeCode", "onsCode", "name", "regionName", "filters", "value", "symbol", "meaning"])
        #expect(epsilon["value"] is NSNull && epsilon["symbol"] as? String == "c")
        let england = try #require(rows.first { $0["geographicLevel"] as? String == "National" })
        #expect(england["dfeCode"] is NSNull && england["value"] as? Double == 69)
    }

    @Test func queryValuesOfOneColumnAreAlternatives() {
        let csv = CPSHarness.run(["stats", "query", StatisticsFixtures.current, "--where", "la_name=Alpha", "--where", "la_name=Beta",
                                  "--where", "placement_stability=Living with the same carer for at least 2 years", "--value", "children_percent", "--format", "csv"]).out
        #expect(csv.components(separatedBy: "\r\n").filter { !$0.isEmpty }.count == 4)
    }

    @Test func queryErrors() {
        #expect(CPSHarness.run(["stats", "query", StatisticsFixtures.current]).status == 64)
        #expect(CPSHarness.run(["stats", "count", StatisticsFixtures.current, "--value", "x"]).status == 64)
        let missing = CPSHarness.run(["stats", "query", StatisticsFixtures.current, "--value", "percentage"])
        #expect(missing.status == 65)
        #expect(missing.error.contains("there is no column percentage"))
        #expect(CPSHarness.run(["stats", "query", "/no/file.csv", "--value", "v"]).status == 66)
    }

    @Test func benchmarkWorksOutOfTheBoxWithTheDocumentedRows() throws {
        let result = CPSHarness.run(["benchmark", "placement-stability-long-term", "--authorities", "sefton", "--format", "json"])
        #expect(result.status == 0)
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(result.out.utf8)) as? [[String: Any]])
        #expect(rows.count == 1)
        let row = rows[0]
        for key in ["measure", "authority", "dfeCode", "onsCode", "name", "year", "value", "england", "region", "neighboursMean", "neighboursMedian", "rank", "of", "quartile", "trend"] {
            #expect(row.keys.contains(key), "\(key)")
        }
        #expect(row["authority"] as? String == "sefton" && row["dfeCode"] as? String == "343" && row["year"] as? String == "2025")
        // The snapshot holds every authority, so Sefton is ranked among them all.
        #expect(row["rank"] is Int && (row["of"] as? Int ?? 0) >= 150 && row["quartile"] is String)
        #expect((row["trend"] as? [[String: Any]])?.count == 5)
    }

    @Test func benchmarkAnAuthorityFromTheFiles() throws {
        let result = CPSHarness.run(["benchmark", "--stats", StatisticsFixtures.current, "--no-snapshot", "--la", "903", "--authorities", "sefton", "--format", "json"])
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(result.out.utf8)) as? [[String: Any]])
        let bristol = try #require(rows.first { $0["dfeCode"] as? String == "903" })
        #expect(bristol["authority"] is NSNull && bristol["name"] as? String == "Bristol, City of" && bristol["value"] as? Double == 68)
        #expect(CPSHarness.run(["benchmark", "--la", "000"]).status == 1)
    }

    @Test func aSpecialValueReadsTheSameInBenchmarkAndQuery() {
        let benchmark = CPSHarness.run(["benchmark", "--stats", StatisticsFixtures.current, "--no-snapshot", "--la", "905", "--authorities", "sefton"])
        #expect(benchmark.out.contains("suppressed (c)"))
        let query = CPSHarness.run(["stats", "query", StatisticsFixtures.current, "--where", "la_name=Epsilon", "--value", "children_percent", "--format", "text"])
        #expect(query.out.contains("suppressed (c)"))
    }

    @Test func benchmarkNamesUnknownMeasures() {
        let result = CPSHarness.run(["benchmark", "placement-stability"])
        #expect(result.status == 1)
        #expect(result.error.contains("No standard measure has the id \"placement-stability\". Did you mean"))
        #expect(CPSHarness.run(["benchmark", "pep-completion"]).error.contains("DfE does not publish it by authority"))
    }

    @Test func saysAndDoesSetsCommitmentsBesideFigures() throws {
        let result = CPSHarness.run(["says-does", "north-east-lincolnshire", "--format", "json"])
        let councils = try #require(try JSONSerialization.jsonObject(with: Data(result.out.utf8)) as? [[String: Any]])
        let commitments = try #require(councils.first?["commitments"] as? [[String: Any]])
        let longTerm = try #require(commitments.first { $0["measure"] as? String == "placement-stability-long-term" })
        #expect(longTerm["againstEngland"] as? String == "worse")
        #expect(longTerm["value"] as? Double == 57 && longTerm["england"] as? Double == 69)
    }
}
