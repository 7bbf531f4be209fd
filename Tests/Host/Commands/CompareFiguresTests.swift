@testable import CPSEngine
@testable import CPSKit
import Foundation
import Testing

/// `compare` sets the councils' published figures and their similarity beside the structure, and two strategies of
/// one council are told apart by id and period in every result that names them.
@Suite struct CompareFiguresTests {
    @Test func compareShowsEachCouncilsFiguresAgainstEngland() throws {
        let result = CPSHarness.run(["compare", "middlesbrough", "sefton"], width: 200)
        #expect(result.status == 0)
        #expect(result.out.contains("Published figures (DfE)"))
        #expect(result.out.contains("Similarity by framework tags"))
        #expect(!result.out.contains("None"))
        let json = CPSHarness.run(["compare", "middlesbrough", "sefton", "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.out.utf8)) as? [String: Any])
        let figures = try #require(object["figures"] as? [[String: Any]])
        let development = try #require(figures.first { $0["key"] as? String == "development-assessment" })
        let values = try #require(development["values"] as? [[String: Any]])
        let middlesbrough = try #require(values.first)
        let value = try #require(middlesbrough["value"] as? Double), england = try #require(middlesbrough["england"] as? Double)
        // The figure the text shows is the one in the data, judged by the measure's polarity (higher is better).
        #expect(value < england)
        #expect(result.out.contains("\(NumberFormat.plain(value))% (\(BenchmarkView.year(middlesbrough["year"] as! String))), worse than England's \(NumberFormat.plain(england))%"))
        let similarity = try #require(object["similarity"] as? [[String: Any]])
        #expect(similarity.map { $0["key"] as? String } == ["middlesbrough", "sefton"])
        let text = try #require(object["textSimilarity"] as? [[String: Any]])
        let pair = try #require(text.first?["values"] as? [Double])
        #expect(pair.count == 2 && pair[1] > 0 && pair[1] < 1)
        #expect(result.out.contains("Similarity by what they say (text)"))
    }

    @Test func aCouncilWithoutCodesHasNoFiguresNeverNone() throws {
        let folder = try CPSHarness.temporaryFolder()
        let pack = try Self.sefton { pack in
            pack["id"] = "nowhere"
            pack["name"] = "Nowhere Council"
            pack["codes"] = [String: Any]()
            pack["region"] = nil
        }
        try pack.write(to: folder.appendingPathComponent("nowhere.json"))
        let result = CPSHarness.run(["compare", "nowhere", "sefton", "--authority-path", folder.path], width: 200)
        #expect(result.status == 0, "\(result.error)")
        let figures = try #require(result.out.components(separatedBy: "Published figures (DfE)").last)
        #expect(figures.contains("no figures for this council"))
        #expect(!figures.contains(" none "))
    }

    @Test func twoStrategiesOfOneCouncilAreToldApartEverywhere() throws {
        let folder = try CPSHarness.temporaryFolder()
        let earlier = try Self.sefton { pack in
            pack["id"] = "sefton-2019"
            var document = pack["document"] as! [String: Any]
            document["period"] = ["start": "2019", "end": "2022"]
            pack["document"] = document
        }
        try earlier.write(to: folder.appendingPathComponent("sefton-2019.json"))
        let both = ["--authorities", "sefton,sefton-2019", "--authority-path", folder.path]
        let later = "Sefton (sefton, 2023-2025)", older = "Sefton (sefton-2019, 2019-2022)"
        let compare = CPSHarness.run(["compare", "sefton", "sefton-2019", "--authority-path", folder.path], width: 200)
        #expect(compare.out.contains("Comparison: \(later), \(older)"))
        for command in [["benchmark", "care-leavers-eet-19-21"], ["says-does"], ["gaps"], ["similarity"], ["coverage"], ["report", "--format", "markdown"]] {
            let result = CPSHarness.run(command + both, width: 200)
            #expect(result.status == 0, "\(command): \(result.error)")
            #expect(result.out.contains("sefton-2019, 2019-2022"), "\(command) does not tell the strategies apart")
            #expect(result.out.contains("sefton, 2023-2025"), "\(command) does not tell the strategies apart")
        }
        // Alone, a strategy is named by its council's name only.
        #expect(CPSHarness.run(["compare", "sefton", "lancashire"]).out.contains("Comparison: Sefton, Lancashire"))
    }

    @Test func comparingAStrategyWithItselfIsAUsageError() {
        let result = CPSHarness.run(["compare", "sefton", "sefton"])
        #expect(result.status == 64)
        #expect(result.error.contains("was given \"sefton\" twice"))
        #expect(CPSHarness.run(["compare", "sefton", "SEFTON"]).status == 64)
    }

    /// Sefton's pack as JSON, changed by `edit`.
    static func sefton(_ edit: (inout [String: Any]) -> Void) throws -> Data {
        let exported = CPSHarness.run(["export", "sefton"])
        var pack = try #require(try JSONSerialization.jsonObject(with: Data(exported.out.utf8)) as? [String: Any])
        edit(&pack)
        return try JSONSerialization.data(withJSONObject: pack, options: [.sortedKeys])
    }
}
