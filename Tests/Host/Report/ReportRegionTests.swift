import BuiltInAuthorities
import Foundation
import Testing

/// `cps report --region`: the region whole as a section, in HTML and JSON, through the real binary.
@Suite(.enabled(if: BadInputTests.binary != nil, "The cps binary is not built beside the tests."))
struct ReportRegionTests {
    @Test func htmlHasTheRegionSectionBesideTheLoadedStrategies() throws {
        let result = try RealBinary.run(["report", "--region", "north west", "--format", "html", "--as-of", "2026-01-01"] + RegionFixture.options())
        #expect(result.status == 0 && result.error.isEmpty)
        let html = result.out
        #expect(html.contains("<section id=\"region\" aria-labelledby=\"region-heading\">\n<h2 id=\"region-heading\">The region: North West</h2>"))
        #expect(html.contains("<a href=\"#region\">The region: North West</a>"))
        // Every authority of the region, loaded or not, in the section; Lancashire's and Sefton's strategies compared as before.
        let section = try #require(html.components(separatedBy: "<section id=\"region\"").last?.components(separatedBy: "</section>").first)
        for member in RegionFixture.authorities where member.region == "North West" && member.code != "909" {
            #expect(section.contains(member.name), "\(member.name)")
        }
        #expect(section.contains("no strategy loaded") && section.contains("sefton (2023 to 2025): ended 2025, judged on 2026-01-01"))
        #expect(html.contains("<section id=\"strategies\"") && html.contains("Lancashire"))
    }

    @Test func jsonHasTheRegionalObject() throws {
        let result = try RealBinary.run(["report", "--region", "North West", "--format", "json", "--as-of", "2026-01-01"] + RegionFixture.options())
        #expect(result.status == 0)
        let report = try #require(try JSONSerialization.jsonObject(with: Data(result.out.utf8)) as? [String: Any])
        let regional = try #require(report["regional"] as? [String: Any])
        #expect(regional["region"] as? String == "North West")
        let authorities = try #require(regional["authorities"] as? [[String: Any]])
        #expect(authorities.count == RegionFixture.authorities.filter { $0.region == "North West" && $0.code != "909" }.count)
        let sefton = try #require(authorities.first { $0["dfeCode"] as? String == "343" })
        #expect((sefton["strategies"] as? [[String: Any]])?.first?["id"] as? String == "sefton")
        let northWest = BuiltInRegistry.loaded.filter { $0.pack.region == "North West" }.map(\.id).sorted()
        #expect(northWest.contains("sefton"))
        #expect((report["authorities"] as? [[String: Any]])?.compactMap { $0["id"] as? String }.sorted() == northWest)
        let plain = try RealBinary.run(["report", "--format", "json", "--as-of", "2026-01-01"] + RegionFixture.options())
        #expect((try JSONSerialization.jsonObject(with: Data(plain.out.utf8)) as? [String: Any])?["regional"] == nil)
    }

    @Test func aRegionWithNoStrategyLoadedStillMakesAReport() throws {
        for format in ["html", "markdown", "text", "csv", "json"] {
            let result = try RealBinary.run(["report", "--region", "London", "--format", format, "--as-of", "2026-01-01"] + RegionFixture.options())
            #expect(result.status == 0 && result.error.isEmpty, "\(format)")
            #expect(result.out.contains("Authority 1001") || format == "csv", "\(format)")
            if format != "json" && format != "csv" {
                #expect(result.out.contains("No strategy of London is loaded"), "\(format)")
            }
        }
        let badID = try RealBinary.run(["report", "--region", "London", "--authorities", "nosuch"] + RegionFixture.options())
        #expect(badID.status == 1 && badID.error.hasPrefix("cps: No authority has the id \"nosuch\"."))
        let unknown = try RealBinary.run(["report", "--region", "Narnia"] + RegionFixture.options())
        #expect(unknown.status == 64 && unknown.error.hasPrefix("cps: No region of the statistics is called \"Narnia\";"))
    }
}
