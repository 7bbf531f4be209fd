import BuiltInAuthorities
import CorporateParenting
@testable import CPSEngine
@testable import CPSKit
import Foundation
import Testing

/// Reads DfE's real files from `../shared/data/dfe/` and checks figures against values read straight from them.
@Suite struct DfEIntegrationTests {
    static let folder = Subprocess.root.deletingLastPathComponent().appendingPathComponent("shared/data/dfe")
    static let present = FileManager.default.fileExists(atPath: folder.appendingPathComponent("la_cla_placement_stability.csv").path)
    static let skip: Comment = "../shared/data/dfe is not here (a fresh clone has none), so the tests on DfE's real files are skipped."

    static func file(_ name: String) -> String { folder.appendingPathComponent(name).path }
    static let stability = file("la_cla_placement_stability.csv")

    /// The figure at the end of each line holding all of `needles`, read without the CSV reader.
    static func straight(_ path: String, _ needles: [String]) throws -> [(line: String, value: String)] {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        return text.split(whereSeparator: \.isNewline).map(String.init)
            .filter { line in needles.allSatisfy { line.contains($0) } }
            .map { ($0, String($0.split(separator: ",", omittingEmptySubsequences: false).last ?? "")) }
    }

    @Test(.enabled(if: present, skip))
    func seftons2025LongTermStabilityIsTheFilesFigure() throws {
        let lines = try Self.straight(Self.stability, ["2025,Reporting year,Local authority", ",343,Sefton,", "Living with the same carer for at least 2 years"])
        let first = try #require(lines.first)
        let expected = try #require(Double(first.value))
        let result = CPSHarness.run(["benchmark", "placement-stability-long-term", "--stats", Self.stability, "--no-snapshot", "--authorities", "sefton", "--format", "json"])
        let row = try #require((try JSONSerialization.jsonObject(with: Data(result.out.utf8)) as? [[String: Any]])?.first)
        #expect(row["value"] as? Double == expected)
        let england = try Self.straight(Self.stability, ["2025,Reporting year,National", "Living with the same carer for at least 2 years"])
        #expect(row["england"] as? Double == Double(england.first?.value ?? ""))
        // Rank by hand: every authority's 2025 figure, higher is better, ties sharing the better rank.
        let all = try Self.straight(Self.stability, ["2025,Reporting year,Local authority", "Living with the same carer for at least 2 years"]).compactMap { Double($0.value) }
        #expect(row["rank"] as? Int == all.filter { $0 > expected }.count + 1)
        #expect(row["of"] as? Int == all.count)
    }

    @Test(.enabled(if: present, skip))
    func shortTermRanksAndQuartilesFromTheWholeFile() throws {
        let all = try Self.straight(Self.stability, ["2025,Reporting year,Local authority", "CLA on 31 March,With 3 or more placements during the year"])
            .compactMap { entry in Double(entry.value).map { (entry.line, $0) } }
        let result = CPSHarness.run(["benchmark", "placement-stability-short-term", "--stats", Self.stability, "--no-snapshot", "--format", "json"])
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(result.out.utf8)) as? [[String: Any]])
        for row in rows {
            let code = try #require(row["dfeCode"] as? String)
            let value = try #require(all.first { $0.0.contains(",\(code),") }?.1)
            #expect(row["value"] as? Double == value)
            let rank = all.filter { $0.1 < value }.count + 1
            #expect(row["rank"] as? Int == rank, "\(code)")
            #expect(row["quartile"] as? String == ["A", "B", "C", "D"][min(3, Int((Double(rank) * 4 / Double(all.count)).rounded(.up)) - 1)])
        }
    }

    @Test(.enabled(if: present, skip))
    func bothNeighbourModelsRead() throws {
        let model2025 = try StatisticalNeighbours(path: Self.file("sn_model_2025_wide.csv"))
        #expect(model2025.lists.count >= 150)
        #expect(model2025.lists["343"] == StatisticsSnapshot.neighbours().lists["343"])
        let model2021 = try StatisticalNeighbours(path: Self.file("New_Statistical_Neighbour_Groupings_April_2021.csv"))
        #expect(model2021.lists.count >= 150)
        #expect(model2021.lists.values.allSatisfy { $0.count == 10 })
        let result = CPSHarness.run(["benchmark", "placement-stability-long-term", "--authorities", "sefton", "--neighbours", Self.file("New_Statistical_Neighbour_Groupings_April_2021.csv"), "--format", "json"])
        #expect(result.status == 0)
    }

    @Test(.enabled(if: present, skip))
    func subsetFilesAreNotRanked() throws {
        let file = Self.file("la_conviction_health_outcome_cla__subset_targets_SNs_regions_national.csv")
        let result = CPSHarness.run(["benchmark", "sdq-average", "--stats", file, "--format", "json"])
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(result.out.utf8)) as? [[String: Any]])
        #expect(rows.count == BuiltInRegistry.packs.filter { $0.codes.dfe != nil }.count)
        #expect(rows.allSatisfy { $0["rank"] is NSNull && $0["value"] is Double })
    }

    @Test(.enabled(if: present, skip))
    func queryReadsARealRelease() throws {
        let result = CPSHarness.run(["stats", "query", Self.file("cla_number_and_rate_per_10k_children.csv"), "--where", "population_type=Children looked after on 31 March each year",
                                     "--where", "geographic_level=Local authority", "--value", "rate_per_10000", "--format", "json"])
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(result.out.utf8)) as? [[String: Any]])
        #expect(rows.count == 155 * 5)
        // Authorities that exist only in some years carry z in the others.
        let cumbria = rows.filter { $0["dfeCode"] as? String == "909" }
        #expect(cumbria.contains { $0["symbol"] as? String == "z" })
    }
}
