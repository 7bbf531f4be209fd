import BuiltInAuthorities
import CorporateParenting
import Foundation
@testable import CPSEngine
@testable import CPSKit
import Testing

/// `cps says-does` through the real binary: each figure worse than England's or the neighbours' mean with what
/// addresses it, the strategy-ended note, and "no figures for this council" (never "None") in every format.
@Suite(.enabled(if: BadInputTests.binary != nil, "The cps binary is not built beside the tests."))
struct SaysDoesCommandTests {
    static let formats = ["text", "markdown", "csv", "json"]

    /// A folder holding Sefton's strategy as a pack for a council with no DfE or ONS code.
    static func packWithoutCodes() throws -> (folder: URL, file: String) {
        var pack = try #require(BuiltInRegistry.packs.first { $0.id == "sefton" })
        pack.id = "nowhere"
        pack.name = "Nowhere Council"
        pack.codes = AuthorityCodes()
        pack.region = nil
        let folder = try CPSHarness.temporaryFolder()
        try PackCoding.json(pack).write(to: folder.appendingPathComponent("nowhere.json"), atomically: true, encoding: .utf8)
        return (folder, "nowhere.json")
    }

    @Test func aCouncilWithNoCodeHasNoFiguresInEveryFormat() throws {
        let (folder, file) = try Self.packWithoutCodes()
        for format in Self.formats {
            let result = try RealBinary.run(["says-does", "nowhere", "--authority-path", file, "--format", format], in: folder)
            #expect(result.status == 0, "\(format)")
            #expect(result.error.isEmpty, "\(format)")
            #expect(!result.out.contains("None"), "\(format): never \"None\" for absence of data")
            if format == "json" {
                let councils = try #require(try JSONSerialization.jsonObject(with: Data(result.out.utf8)) as? [[String: Any]])
                #expect(councils.count == 1 && councils[0]["noFigures"] as? String == "noCode")
                #expect((councils[0]["figures"] as? [Any])?.isEmpty == true)
            } else {
                let words = result.out.split(whereSeparator: \.isWhitespace).joined(separator: " ")
                #expect(words.contains("No figures for this council: its pack gives no DfE or ONS code"), "\(format)")
            }
        }
    }

    @Test func theReportSaysSoToo() throws {
        let (folder, file) = try Self.packWithoutCodes()
        let html = try RealBinary.run(["report", "--authorities", "nowhere,middlesbrough", "--authority-path", file], in: folder)
        #expect(html.status == 0 && html.error.isEmpty)
        let section = try #require(html.out.components(separatedBy: "<section id=\"says-and-does\"").dropFirst().first)
        #expect(section.contains("<p>No figures for this council: its pack gives no DfE or ONS code, so no published figure can be found for it.</p>"))
        #expect(section.contains("The strategy ran 2018-2021; the latest figures are for 2025."))
        #expect(section.contains("Nothing in the strategy addresses it."))
        #expect(!section.contains("None"))
    }

    @Test func aCouncilTheStatisticsLackHasNoFigures() throws {
        let stats = StatisticsFixtures.current
        let result = try RealBinary.run(["says-does", "sefton", "--stats", stats, "--no-snapshot", "--format", "csv"])
        #expect(result.status == 0)
        #expect(result.out.contains("sefton,no figures,") && result.out.contains("the statistics loaded hold no figure for it on any measure."))
        #expect(!result.out.contains("None"))
    }

    @Test func middlesbroughsFiguresEachSayWhatAddressesThem() throws {
        let text = try RealBinary.run(["says-does", "middlesbrough", "--format", "markdown"])
        #expect(text.status == 0 && text.error.isEmpty)
        #expect(text.out.contains("The strategy ran 2018-2021; the latest figures are for 2025."))
        #expect(text.out.contains("| Development assessments up to date (ages 0-4) | 2025 | 30% | 88% | 95.1% | worse than England; worse than neighbours' mean | worsening (36% in 2024) | 2021: 65% | Nothing in the strategy addresses it. |"))
        #expect(!text.out.contains("None"))
        let csv = try RealBinary.run(["says-does", "middlesbrough", "--format", "csv"]).out.components(separatedBy: "\r\n")
        #expect(csv.contains { $0.hasPrefix("middlesbrough,strategy ended,") })
        let development = try #require(csv.first { $0.hasPrefix("middlesbrough,worse,development-assessment,") })
        #expect(development.contains(",2025,30,88,95.1,worse,worse,2024,36,worsening,2021=65,nothing,"))
        let json = try RealBinary.run(["says-does", "middlesbrough", "--format", "json"]).out
        let council = try #require((try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])?.first)
        #expect(council["endedBeforeFigures"] as? Bool == true && council["strategyEnd"] as? Int == 2021 && council["figuresYear"] as? Int == 2025)
        let figures = try #require(council["figures"] as? [[String: Any]])
        let row = try #require(figures.first { $0["measure"] as? String == "development-assessment" })
        #expect((row["addressedBy"] as? [String: Any])?["how"] as? String == "nothing")
        // A figure a commitment's text names: the text and its section are given, marked as cps's reading.
        let dental = try #require(figures.first { $0["measure"] as? String == "dental-check" })
        let addressed = try #require(dental["addressedBy"] as? [String: Any])
        #expect(addressed["how"] as? String == "commitsTo" && addressed["mentions"] as? String == "dental")
        #expect((addressed["section"] as? String)?.hasSuffix("What we need to improve") == true)
    }
}
