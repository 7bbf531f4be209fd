import CorporateParenting
@testable import CPSEngine
@testable import CPSKit
import Foundation
import Testing

/// The commands a regional performance officer runs first give complete figures with no flags at all, from the
/// built-in snapshot: value, England, region, neighbours' mean and median, rank, quartile and trend.
@Suite struct FiguresWithNoFlagsTests {
    /// A benchmark row's figures are complete: every figure DfE publishes for it is there, and where one is not, the
    /// row says why (a special value, too few authorities to rank); never an empty place with no word.
    static func expectComplete(_ row: [String: Any], _ context: String) {
        let measure = OutcomeFramework.standard.measure(StandardMeasureID(rawValue: row["measure"] as? String ?? ""))
        #expect(measure != nil, "\(context): unknown measure")
        #expect(!((row["trend"] as? [Any]) ?? []).isEmpty, "\(context): no trend")
        #expect(row["region"] is Double || row["regionNote"] is String, "\(context): no region figure and no word why")
        guard row["value"] is Double else {
            #expect(row["valueStatus"] as? String != "published", "\(context): no figure, yet published")
            return
        }
        #expect(row["england"] is Double, "\(context): no England figure")
        #expect(row["neighboursMean"] is Double && row["neighboursMedian"] is Double, "\(context): no neighbours' figures")
        if measure?.polarity != .neutral {
            let tooFew = (row["rankNote"] as? String)?.hasPrefix("too few to rank (") == true
            #expect((row["rank"] is Int && row["quartile"] is String) || tooFew, "\(context): not ranked")
        }
    }

    static func json(_ arguments: [String]) throws -> Any {
        let result = try RealBinary.run(arguments)
        #expect(result.status == 0, "cps \(arguments.joined(separator: " ")): \(result.error)")
        #expect(result.error.isEmpty)
        return try JSONSerialization.jsonObject(with: Data(result.out.utf8))
    }

    @Test func benchmarkOfOneAuthorityByName() throws {
        let rows = try #require(try Self.json(["benchmark", "--la", "Blackpool", "--format", "json"]) as? [[String: Any]])
        #expect(Set(rows.compactMap { $0["name"] as? String }) == ["Blackpool"])
        let measures = Benchmark(store: .snapshot(), neighbours: StatisticsSnapshot.neighbours(), framework: .standard).measuresWithData
        #expect(rows.count == measures.count)
        for row in rows { Self.expectComplete(row, "Blackpool, \(row["measure"] ?? "")") }
    }

    @Test func benchmarkOfOneMeasureRanksEveryBuiltInCouncil() throws {
        let rows = try #require(try Self.json(["benchmark", "placement-stability-long-term", "--format", "json"]) as? [[String: Any]])
        // The five built-in councils (six in the scaffold test's copy of the package, which adds one).
        #expect(rows.count >= 5 && Set(rows.compactMap { $0["authority"] as? String }).isSuperset(of: ["lancashire", "sefton", "middlesbrough", "leicestershire", "north-east-lincolnshire"]))
        for row in rows {
            Self.expectComplete(row, "\(row["name"] ?? "")")
            #expect((row["of"] as? Int ?? 0) >= 140)
        }
    }

    @Test func theNorthWestWhole() throws {
        let region = try #require(try Self.json(["region", "North West", "--format", "json"]) as? [String: Any])
        let authorities = try #require(region["authorities"] as? [[String: Any]])
        #expect(authorities.count >= 20)
        let withStrategies = Set(authorities.filter { ($0["strategies"] as? [Any])?.isEmpty == false }.compactMap { $0["dfeCode"] as? String })
        #expect(withStrategies.isSuperset(of: ["343", "888"]))
        let measures = try #require(region["measures"] as? [[String: Any]])
        #expect(measures.count >= 25)
        for measure in measures {
            let rows = try #require(measure["rows"] as? [[String: Any]])
            #expect(rows.count == authorities.count)
            for row in rows {
                let figures = try #require(row["benchmark"] as? [String: Any])
                Self.expectComplete(figures, "North West, \(figures["name"] ?? ""), \(measure["measure"] ?? "")")
                #expect((row["regionRank"] is Int) == (figures["rank"] is Int))
            }
        }
    }

    @Test func theReportOfTheNorthWest() throws {
        let report = try #require(try Self.json(["report", "--region", "North West", "--format", "json"]) as? [String: Any])
        let regional = try #require(report["regional"] as? [String: Any])
        #expect(((regional["authorities"] as? [Any]) ?? []).count >= 20)
        let benchmarks = try #require(report["benchmarks"] as? [[String: Any]])
        #expect(Set(benchmarks.compactMap { $0["authority"] as? String }).isSuperset(of: ["lancashire", "sefton"]))
        for row in benchmarks { Self.expectComplete(row, "report, \(row["name"] ?? ""), \(row["measure"] ?? "")") }
    }

    @Test func aCouncilLoadedFromAPackToo() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("cps-no-flags-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let pack = folder.appendingPathComponent("no-flags-blackpool.json").path
        let made = try RealBinary.run(["init", "Blackpool Council", "--id", "no-flags-blackpool", "--ons", "E06000009", "--dfe", "890", "--region", "North West", "--output", pack])
        #expect(made.status == 0, "\(made.error)")
        let rows = try #require(try Self.json(["benchmark", "--authority-path", pack, "--include-drafts", "--authorities", "no-flags-blackpool", "--format", "json"]) as? [[String: Any]])
        #expect(!rows.isEmpty && rows.allSatisfy { $0["authority"] as? String == "no-flags-blackpool" })
        for row in rows { Self.expectComplete(row, "blackpool pack, \(row["measure"] ?? "")") }
    }
}
