import Foundation
import Testing

/// On DfE's real health file, through the real binary: Lancashire's development assessments at 0% in 2024 and
/// 2025, among neighbours far above, are flagged "check the return"; Sefton's 100% is not.
@Suite struct QualityFlagsRealFileTests {
    static let health = DfEIntegrationTests.file("la_conviction_health_outcome_cla.csv")
    static let model = DfEIntegrationTests.file("sn_model_2025_wide.csv")
    static let present = FileManager.default.fileExists(atPath: health) && FileManager.default.fileExists(atPath: model)
    static let ready = present && RealBinary.cps != nil
    static let skip: Comment = "../shared/data/dfe (or the cps binary) is not here, so the data-quality test on DfE's real files is skipped."

    /// A council's development assessments figure in `year`, read straight from the file.
    static func developmentAssessments(_ code: String, _ year: String) throws -> Double? {
        let lines = try DfEIntegrationTests.straight(health, ["\(year),Reporting year,Local authority", ",\(code),", "Development assessments up to date"])
        return lines.first.flatMap { Double($0.value) }
    }

    /// A council's neighbours in the 2025 model, read straight from the file.
    static func neighbours(_ code: String) throws -> [String] {
        let line = try #require(try String(contentsOfFile: model, encoding: .utf8).split(whereSeparator: \.isNewline).first { $0.hasPrefix("\(code),") })
        let cells = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        return stride(from: 4, to: cells.count, by: 2).map { cells[$0] }.filter { !$0.isEmpty }
    }

    @Test(.enabled(if: ready, skip))
    func lancashireIsFlaggedAndSeftonIsNot() throws {
        let arguments = ["benchmark", "development-assessment", "--no-snapshot", "--stats", Self.health, "--neighbours", Self.model, "--la", "888", "--la", "343"]
        let json = try RealBinary.run(arguments + ["--format", "json"])
        #expect(json.status == 0 && json.error.isEmpty)
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(json.out.utf8)) as? [[String: Any]])
        let lancashire = try #require(rows.first { $0["dfeCode"] as? String == "888" })
        #expect(try Self.developmentAssessments("888", "2024") == 0 && Self.developmentAssessments("888", "2025") == 0)
        #expect(lancashire["value"] as? Double == 0, "the figure is shown as published")
        let flags = try #require(lancashire["quality"] as? [[String: Any]])
        #expect(flags.filter { $0["rule"] as? String == "bound" }.compactMap { $0["year"] as? String } == ["2024", "2025"])
        // The sentence names the neighbours' range, worked out here from the two files.
        let figures = try Self.neighbours("888").compactMap { try Self.developmentAssessments($0, "2025") }
        let low = try #require(figures.min()), high = try #require(figures.max())
        #expect(low > 25, "every neighbour is more than 25 points from 0")
        let sentence = "0% in 2025 where its statistical neighbours range from \(Int(low))% to \(Int(high))%: check the return."
        #expect(flags.contains { $0["year"] as? String == "2025" && $0["message"] as? String == sentence })

        let sefton = try #require(rows.first { $0["dfeCode"] as? String == "343" })
        #expect(try Self.developmentAssessments("343", "2025") == 100)
        #expect(sefton["value"] as? Double == 100)
        #expect((sefton["quality"] as? [Any])?.isEmpty == true, "Sefton's 100% among neighbours near 100 is not flagged")

        let text = try RealBinary.run(arguments + ["--format", "markdown"])
        let lines = text.out.components(separatedBy: "\n")
        #expect(lines.contains { $0.hasPrefix("| Lancashire County Council | 2025 | 0% † |") || $0.hasPrefix("| Lancashire | 2025 | 0% † |") })
        #expect(lines.contains { $0.hasPrefix("| Sefton") && $0.contains("| 2025 | 100% |") })
        #expect(lines.contains { $0.contains("| 2024 | bound | 0% in 2024 where its statistical neighbours range from") })
    }
}
