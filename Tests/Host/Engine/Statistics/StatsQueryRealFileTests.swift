import Foundation
import Testing

/// `cps stats query` on DfE's real school moves file, whose rows differ in filter columns a query need not name.
@Suite struct StatsQueryRealFileTests {
    static let schoolMoves = DfEIntegrationTests.file("la_cla_school_moves.csv")

    @Test(.enabled(if: DfEIntegrationTests.present, DfEIntegrationTests.skip))
    func everyRowOfARealFileIsTellable() throws {
        let lines = try DfEIntegrationTests.straight(Self.schoolMoves, [",890,Blackpool,", ",CLA on 31 March,"])
        let result = CPSHarness.run(["stats", "query", Self.schoolMoves, "--where", "la_name=BLACKPOOL", "--where", "cla_group=cla on 31 march",
                                     "--value", "percentage", "--format", "json"])
        #expect(result.status == 0, "\(result.error)")
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(result.out.utf8)) as? [[String: Any]])
        #expect(rows.count == lines.count && !rows.isEmpty)
        let keys = rows.map { row -> String in
            let filters = row["filters"] as? [String: String] ?? [:]
            return [row["timePeriod"] as? String ?? "", filters["cla_group"] ?? "", filters["move_measure"] ?? "", filters["school_stability"] ?? ""].joined(separator: "|")
        }
        #expect(Set(keys).count == rows.count, "two rows look alike")
        #expect(rows.allSatisfy { ($0["filters"] as? [String: String])?.keys.sorted() == ["cla_group", "move_measure", "school_stability"] })

        let miss = try RealBinary.run(["stats", "query", Self.schoolMoves, "--where", "school_stability=With one or more moves in the year", "--value", "percentage"])
        #expect(miss.status == 1)
        #expect(miss.error.contains("school_stability there holds \"With one or more moves during the year\", "), "\(miss.error)")
    }
}
