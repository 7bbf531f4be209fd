import Foundation
import Testing

/// `cps region` on DfE's real placement stability file and 2025 neighbour model, through the real binary: ranks
/// within the North West counted straight from the file, and Cumbria (z from 2024) left out while Cumberland is in.
@Suite(.enabled(if: BadInputTests.binary != nil && DfEIntegrationTests.present, "The cps binary is not built, or ../shared/data/dfe is not here."))
struct RegionRealFileTests {
    static let options = ["--no-snapshot", "--stats", DfEIntegrationTests.stability, "--neighbours", DfEIntegrationTests.file("sn_model_2025_wide.csv")]

    func region(_ arguments: [String]) throws -> [String: Any] {
        let result = try RealBinary.run(["region", "North West", "placement-stability-long-term", "--format", "json"] + arguments + Self.options)
        #expect(result.status == 0 && result.error.isEmpty)
        return try #require(try JSONSerialization.jsonObject(with: Data(result.out.utf8)) as? [String: Any])
    }

    @Test func northWestRanksMatchTheFile() throws {
        let region = try region([])
        let lines = try DfEIntegrationTests.straight(DfEIntegrationTests.stability, ["2025,Reporting year,Local authority", ",North West,", "Living with the same carer for at least 2 years"])
        // name -> figure, read without the CSV reader (no North West name has a comma).
        var figures: [String: Double] = [:]
        for line in lines { if let value = Double(line.value) { figures[line.line.split(separator: ",")[8].description] = value } }
        let measure = try #require((region["measures"] as? [[String: Any]])?.first)
        let rows = try #require(measure["rows"] as? [[String: Any]])
        #expect(rows.count == figures.count)
        for row in rows {
            let benchmark = try #require(row["benchmark"] as? [String: Any])
            let name = try #require(benchmark["name"] as? String)
            let value = try #require(figures[name], "\(name)")
            #expect(benchmark["value"] as? Double == value)
            #expect(row["regionRank"] as? Int == figures.values.filter { $0 > value }.count + 1, "\(name)")
            #expect(row["regionOf"] as? Int == figures.count)
        }
        let names = (region["authorities"] as? [[String: Any]])?.compactMap { $0["name"] as? String } ?? []
        #expect(names.contains("Cumberland") && !names.contains("Cumbria"))
        #expect((region["leftOut"] as? [[String: Any]])?.compactMap { $0["name"] as? String } == ["Cumbria"])
    }

    @Test func in2022CumbriaIsInAndCumberlandIsNot() throws {
        let names = (try region(["--year", "2022"])["authorities"] as? [[String: Any]])?.compactMap { $0["name"] as? String } ?? []
        #expect(names.contains("Cumbria") && !names.contains("Cumberland"))
    }
}
