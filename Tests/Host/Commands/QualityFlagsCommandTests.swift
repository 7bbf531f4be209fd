import Foundation
import Testing

/// Flagged figures ("check the return") show wherever the figure does: `cps benchmark`, `cps says-does` and the
/// report, in every format, with the figure itself unchanged. The fixture: long-term stability in 2024 and 2025;
/// Alpha falls from 90% to 0% among neighbours at 80-100% (bound and jump), Beta reaches 100% among neighbours at
/// 80-98% (not flagged), North East Lincolnshire rises from 30% to 85% while England stays at 70% (jump).
@Suite struct QualityFlagsCommandTests {
    static let statistics = ["--no-snapshot", "--stats", StatisticsFixtures.qualityFlags, "--neighbours", StatisticsFixtures.qualityNeighbours]
    static let benchmark = ["benchmark", "placement-stability-long-term", "--authorities", "north-east-lincolnshire", "--la", "901", "--la", "902"] + statistics
    static let alphaBound = "0% in 2025 where its statistical neighbours range from 80% to 100%: check the return."
    static let alphaJump = "0% in 2025, down 90 points from 90% in 2024 while England's figure did not move: check the return."
    static let lincolnshireJump = "85% in 2025, up 55 points from 30% in 2024 while England's figure did not move: check the return."

    /// Text with every run of spaces and line breaks made one space, so a wrapped sentence reads whole.
    static func words(_ text: String) -> String {
        text.split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ")
    }

    @Test func benchmarkTextMarksTheValueAndSaysWhyAfterTheTable() {
        let result = CPSHarness.run(Self.benchmark + ["--format", "markdown"], width: 400)
        #expect(result.status == 0)
        let lines = result.out.components(separatedBy: "\n")
        #expect(lines.contains { $0.hasPrefix("| Alpha | 2025 | 0% † | 70% |") && $0.hasSuffix("| 90\u{00A0}→ 0 † |") })
        #expect(lines.contains { $0.hasPrefix("| Beta | 2025 | 100% | 70% |") && $0.hasSuffix("| 98\u{00A0}→ 100 |") }, "Beta's 100% is not flagged")
        #expect(lines.contains("*† Check the return: Long-term placement stability*"))
        #expect(lines.contains("| Alpha | 2025 | bound | \(Self.alphaBound) |"))
        #expect(lines.contains("| Alpha | 2025 | jump | \(Self.alphaJump) |"))
        #expect(lines.contains("| North East Lincolnshire Council | 2025 | jump | \(Self.lincolnshireJump) |"))
        #expect(!lines.contains { $0.hasPrefix("| Beta | 2025 | bound") || $0.hasPrefix("| Beta | 2025 | jump") })
        #expect(result.out.contains("> † marks a figure to query with the council (check the return)"))
        let text = CPSHarness.run(Self.benchmark, width: 80).out
        #expect(text.contains("Value:             0% †") && text.contains("Value:             100%\n"))
        #expect(Self.words(text).contains(Self.alphaBound) && Self.words(text).contains(Self.alphaJump))
    }

    @Test func benchmarkWithoutFlagsSaysNothingOfThem() {
        let result = CPSHarness.run(["benchmark", "--stats", StatisticsFixtures.current, "--no-snapshot", "--la", "901"])
        #expect(result.status == 0)
        #expect(!result.out.contains("†") && !result.out.contains("check the return"))
    }

    @Test func benchmarkCSVHasAQualityColumn() throws {
        let csv = CPSHarness.run(Self.benchmark + ["--format", "csv"]).out.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(csv[0].hasSuffix(",trendNote,quality"))
        let alpha = try #require(csv.first { $0.contains(",901,") })
        #expect(alpha.contains("2024=90 2025=0"), "the figures are as published, unmarked")
        #expect(alpha.hasSuffix(",\"bound: \(Self.alphaBound) | jump: \(Self.alphaJump)\""))
        let beta = try #require(csv.first { $0.contains(",902,") })
        #expect(beta.hasSuffix(",,"), "Beta: no trend note, no flag")
    }

    @Test func benchmarkJSONHasAQualityKey() throws {
        let result = CPSHarness.run(Self.benchmark + ["--format", "json"])
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(result.out.utf8)) as? [[String: Any]])
        let alpha = try #require(rows.first { $0["dfeCode"] as? String == "901" })
        #expect(alpha["value"] as? Double == 0, "the flagged figure is kept")
        let flags = try #require(alpha["quality"] as? [[String: Any]])
        #expect(flags.map { $0["rule"] as? String } == ["bound", "jump"])
        #expect(flags.map { $0["year"] as? String } == ["2025", "2025"])
        #expect(flags.map { $0["message"] as? String } == [Self.alphaBound, Self.alphaJump])
        let beta = try #require(rows.first { $0["dfeCode"] as? String == "902" })
        #expect((beta["quality"] as? [Any])?.isEmpty == true)
    }

    @Test func saysDoesFlagsTheCommittedFigureInEveryFormat() throws {
        let arguments = ["says-does", "north-east-lincolnshire"] + Self.statistics
        let text = CPSHarness.run(arguments, width: 80)
        #expect(text.status == 0)
        #expect(text.out.contains("Published:             85% †"))
        #expect(text.out.contains("† Check the return: North East Lincolnshire Council's figures"))
        #expect(Self.words(text.out).contains(Self.lincolnshireJump), "the sentence, wrapped")
        let csv = CPSHarness.run(arguments + ["--format", "csv"]).out.components(separatedBy: "\r\n")
        #expect(csv[0].hasSuffix(",againstEnglandNote,quality"))
        let monitored = try #require(csv.first { $0.hasPrefix("north-east-lincolnshire,monitors,placement-stability-long-term,") })
        #expect(monitored.hasSuffix(",\"jump: \(Self.lincolnshireJump)\""))
        let json = CPSHarness.run(arguments + ["--format", "json"]).out
        let councils = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
        let committed = try #require((councils.first?["commitments"] as? [[String: Any]])?.first { $0["measure"] as? String == "placement-stability-long-term" })
        #expect(committed["value"] as? Double == 85)
        #expect((committed["quality"] as? [[String: Any]])?.map { $0["message"] as? String } == [Self.lincolnshireJump])
    }

    @Test func reportCarriesTheFlagsInEveryFormat() throws {
        let arguments = ["report", "--authorities", "north-east-lincolnshire"] + Self.statistics
        let html = CPSHarness.run(arguments).out
        #expect(html.contains("<td class=\"num\">85% †</td>"))
        #expect(html.contains("<caption>† Check the return: Long-term placement stability</caption>"))
        #expect(html.contains("85% in 2025, up 55 points from 30% in 2024 while England&#39;s figure did not move: check the return."))
        #expect(html.contains("<p class=\"note\">† marks a figure to query with the council (check the return)"))
        let markdown = CPSHarness.run(arguments + ["--format", "markdown"], width: 400).out
        #expect(markdown.contains("| North East Lincolnshire Council | 2025 | jump | \(Self.lincolnshireJump) |"))
        #expect(markdown.contains("> † marks a figure to query with the council (check the return)"))
        let text = CPSHarness.run(arguments + ["--format", "text"], width: 400).out
        #expect(text.contains(Self.lincolnshireJump))
        let csv = CPSHarness.run(arguments + ["--format", "csv"]).out
        #expect(csv.contains("† Check the return: Long-term placement stability,North East Lincolnshire Council,Check the return,\"\(Self.lincolnshireJump)\""))
        let json = CPSHarness.run(arguments + ["--format", "json"]).out
        let report = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let row = try #require((report["benchmarks"] as? [[String: Any]])?.first { $0["measure"] as? String == "placement-stability-long-term" })
        #expect((row["quality"] as? [[String: Any]])?.first?["rule"] as? String == "jump")
    }
}
