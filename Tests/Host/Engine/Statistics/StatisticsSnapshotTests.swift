import CorporateParenting
@testable import CPSEngine
@testable import CPSKit
import Foundation
import Testing

/// The built-in snapshot: every figure is DfE's, for every authority, region, England and year, and it ranks every
/// authority out of the box.
@Suite struct StatisticsSnapshotTests {
    static let present = DfEIntegrationTests.present
    static let skip = DfEIntegrationTests.skip

    /// The bound measures whose file is in the shared folder, with the file read.
    static func boundMeasuresWithFiles() throws -> [(measure: StandardMeasure, table: DfETable)] {
        var tables: [String: DfETable] = [:]
        var result: [(measure: StandardMeasure, table: DfETable)] = []
        for measure in OutcomeFramework.standard.measures {
            guard let binding = measure.dfe else { continue }
            let path = DfEIntegrationTests.file(binding.file)
            guard FileManager.default.fileExists(atPath: path) else { continue }
            if tables[binding.file] == nil { tables[binding.file] = try DfETable(path: path) }
            result.append((measure, tables[binding.file]!))
        }
        return result
    }

    /// Observations in one order, so two lists compare figure by figure.
    static func sorted(_ rows: [DfEObservation]) -> [DfEObservation] {
        rows.sorted { ($0.timePeriod, $0.geographicLevel.rawValue, $0.onsCode ?? "", $0.dfeCode ?? "", $0.name) < ($1.timePeriod, $1.geographicLevel.rawValue, $1.onsCode ?? "", $1.dfeCode ?? "", $1.name) }
    }

    @Test(.enabled(if: present, skip))
    func everyFigureIsTheFilesFigure() throws {
        let snapshot = StatisticsSnapshot.series()
        var compared = 0
        var measured: Set<StandardMeasureID> = []
        for (measure, table) in try Self.boundMeasuresWithFiles() {
            let file = Self.sorted(try #require(try table.series(for: measure.dfe!), "\(measure.id): \(measure.dfe!.file) holds no rows"))
            let built = Self.sorted(snapshot[measure.id] ?? [])
            #expect(built.count == file.count, "\(measure.id): \(built.count) figures built in, \(file.count) in the file")
            for (ours, theirs) in zip(built, file) where ours != theirs {
                Issue.record("\(measure.id): built in \(ours), in the file \(theirs)")
                break
            }
            compared += file.count
            measured.insert(measure.id)
        }
        // Nothing else is built in, and the comparison covered every authority, region and England.
        #expect(Set(snapshot.keys) == measured)
        #expect(measured.count >= 29)
        #expect(compared > 25_000)
    }

    @Test(.enabled(if: present, skip))
    func neighboursAreDfEs2025ModelForEveryAuthority() throws {
        let model = try StatisticalNeighbours(path: DfEIntegrationTests.file("sn_model_2025_wide.csv"))
        let built = StatisticsSnapshot.neighbours().lists
        #expect(built.count >= 150)
        #expect(built == model.lists)
    }

    @Test(.enabled(if: present, skip))
    func everyYearOfEveryBoundFileIsRead() throws {
        for (measure, table) in try Self.boundMeasuresWithFiles() {
            let rows = try #require(try table.series(for: measure.dfe!), "\(measure.id)")
            // The distinct periods of the file, read from its time_period column, not through the binding.
            let years = Set(table.columns.columns[table.index["time_period"]!].values)
            #expect(Set(rows.map(\.timePeriod)) == years, "\(measure.id) in \(measure.dfe!.file)")
            for year in years {
                let authorities = Set(rows.filter { $0.timePeriod == year && $0.geographicLevel == .localAuthority }.compactMap(\.dfeCode))
                #expect(authorities.count >= 140, "\(measure.id) \(year): \(authorities.count) authorities")
                #expect(rows.contains { $0.timePeriod == year && $0.geographicLevel == .national }, "\(measure.id) \(year): no England row")
            }
        }
    }

    @Test func holdsEveryAuthoritysFiguresForTheLatestYear() throws {
        let rows = try #require(StatisticsSnapshot.series()["placement-stability-long-term"])
        let latest = try #require(rows.map(\.timePeriod).max())
        let authorities = Set(rows.filter { $0.timePeriod == latest && $0.geographicLevel == .localAuthority && $0.value != nil }.compactMap(\.dfeCode))
        #expect(authorities.count >= 150)
        let regions = Set(rows.filter { $0.geographicLevel == .regional }.map(\.name))
        #expect(regions.isSuperset(of: ["North West", "London", "Inner London", "Outer London"]))
        #expect(StatisticsSnapshot.neighbours().lists.count >= 150)
        #expect(StatisticsSnapshot.neighbours().lists.values.allSatisfy { $0.count == 10 })
    }

    @Test func readsOncePerProcess() {
        // The cache hands back the same figures each time.
        #expect(StatisticsSnapshot.series() == StatisticsSnapshot.series())
        #expect(StatisticsSnapshot.observations("L|890|E06000009|Blackpool|North West|2024=62,2025=c") == [
            DfEObservation(timePeriod: "2024", geographicLevel: .localAuthority, dfeCode: "890", onsCode: "E06000009", name: "Blackpool", regionName: "North West", value: .number(62)),
            DfEObservation(timePeriod: "2025", geographicLevel: .localAuthority, dfeCode: "890", onsCode: "E06000009", name: "Blackpool", regionName: "North West", value: .missing(symbol: "c")),
        ])
    }

    @Test func theRealBinaryRanksEveryAuthorityWithNoFlags() throws {
        let result = try RealBinary.run(["benchmark", "placement-stability-long-term", "--la", "890", "--format", "json"])
        #expect(result.status == 0)
        #expect(result.error.isEmpty)
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(result.out.utf8)) as? [[String: Any]])
        let blackpool = try #require(rows.first { $0["dfeCode"] as? String == "890" })
        #expect(blackpool["value"] is Double)
        #expect(blackpool["rank"] is Int)
        #expect((blackpool["of"] as? Int ?? 0) >= 150)
        #expect(blackpool["neighboursMean"] is Double && blackpool["region"] is Double && blackpool["england"] is Double)
    }
}
