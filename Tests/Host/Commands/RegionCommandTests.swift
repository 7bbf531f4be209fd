import BuiltInAuthorities
import Foundation
import Testing

/// `cps region` through the real binary, on a national file the test writes (see ``RegionFixture``).
@Suite(.enabled(if: BadInputTests.binary != nil, "The cps binary is not built beside the tests."))
struct RegionCommandTests {
    func run(_ arguments: [String]) throws -> RealBinary.Result {
        try RealBinary.run(arguments + RegionFixture.options())
    }

    @Test func textGivesEveryAuthorityItsStrategyAndItsRanks() throws {
        let result = try run(["region", "north west", "--as-of", "2026-01-01"])
        #expect(result.status == 0 && result.error.isEmpty)
        let text = result.out
        #expect(text.hasPrefix("North West: every authority on DfE's figures\n"))
        let members = RegionFixture.authorities.filter { $0.region == "North West" && $0.code != "909" }
        // Sefton, and any other built-in council whose DfE code the fixture uses (a scaffolded Halton, say).
        let loaded = members.filter { member in BuiltInRegistry.loaded.contains { $0.pack.codes.dfe == member.code } }.count
        #expect(loaded >= 1)
        let strategies = loaded == 1 ? "1 has a strategy loaded" : "\(loaded) have strategies loaded"
        #expect(text.replacingOccurrences(of: "\n", with: " ").contains("\(members.count) authorities of North West in the statistics; \(strategies), judged current on 2026-01-01."))
        // Sefton's built-in pack, matched by its DfE code, ended in 2025; Authority 1000 has none.
        let lines = text.components(separatedBy: "\n")
        let sefton = try #require(lines.firstIndex { $0.hasPrefix("Sefton ") })
        #expect(lines[sefton].range(of: #"^Sefton\s+343\s+sefton \(2023 to 2025\):"#, options: .regularExpression) != nil)
        #expect(lines[sefton + 1].contains("ended 2025, judged on") && lines[sefton + 2].contains("2026-01-01"))
        #expect(text.range(of: #"\nAuthority 1000\s+1000\s+no strategy loaded\s+no statistical\n"#, options: .regularExpression) != nil)
        #expect(text.contains("Left out: Oldshire (909), with only \"not applicable\" (z) entries in the year"))
        #expect(text.contains("2025. North West: 70%. England: 69%."))
        // Every line fits 80 columns.
        #expect(result.lines.allSatisfy { $0.count <= 80 })
    }

    @Test func csvHasOneRowPerMeasureAndAuthorityWithRanksRecomputedHere() throws {
        let result = try run(["region", "North West", "placement-stability-long-term", "--format", "csv", "--as-of", "2026-01-01"])
        #expect(result.status == 0)
        let lines = result.out.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(lines[0] == "regionName,measure,authority,dfeCode,onsCode,name,year,value,symbol,england,region,neighboursMean,neighboursMedian,regionRank,regionOf,rank,of,quartile,trend,strategy,valueStatus,regionNote,neighboursNote,regionRankNote,rankNote,trendNote,strategyNote,quality")
        let members = RegionFixture.authorities.filter { $0.region == "North West" && $0.code != "909" }.sorted { $0.name < $1.name }
        #expect(lines.count == 1 + members.count)
        let values = members.map { Double(RegionFixture.value($0, year: 2025, longTerm: true))! }
        let ranks = RegionFixture.ranks(values, higherIsBetter: true)
        for (index, member) in members.enumerated() {
            let columns = CSVLine.split(lines[index + 1])
            #expect(columns[5] == member.name && columns[3] == member.code)
            #expect(columns[13] == String(ranks[index]) && columns[14] == String(members.count), "\(member.name)")
        }
        let sefton = try #require(lines.first { $0.contains(",343,") })
        #expect(sefton.hasPrefix("North West,placement-stability-long-term,sefton,343,E08000014,Sefton,2025,"))
        #expect(sefton.contains(",sefton (2023 to 2025): no: ended 2025,published,"))
        let unloaded = try #require(lines.first { $0.contains(",1000,") })
        #expect(unloaded.hasSuffix(",no strategy loaded,"))
    }

    @Test func jsonGivesTheRegionTheAuthoritiesAndEachMeasure() throws {
        let result = try run(["region", "London", "--format", "json", "--as-of", "2026-01-01"])
        #expect(result.status == 0)
        let region = try #require(try JSONSerialization.jsonObject(with: Data(result.out.utf8)) as? [String: Any])
        #expect(region["region"] as? String == "London")
        let authorities = try #require(region["authorities"] as? [[String: Any]])
        #expect(authorities.count == RegionFixture.authorities.filter { $0.region.hasSuffix("London") }.count)
        #expect(Set(authorities.compactMap { $0["regionLabel"] as? String }) == ["Inner London", "Outer London"])
        #expect(authorities.allSatisfy { $0["strategyNote"] as? String == "no strategy loaded" })
        let measures = try #require(region["measures"] as? [[String: Any]])
        let shortTerm = try #require(measures.first { $0["measure"] as? String == "placement-stability-short-term" })
        #expect(shortTerm["region"] as? Double == Double(RegionFixture.regionValue("London", longTerm: false)))
        let rows = try #require(shortTerm["rows"] as? [[String: Any]])
        let values = rows.map { ($0["benchmark"] as? [String: Any])?["value"] as? Double ?? -1 }
        #expect(rows.map { $0["regionRank"] as? Int ?? 0 } == RegionFixture.ranks(values, higherIsBetter: false))
        #expect(region["leftOut"] as? [Any] != nil && region["year"] is NSNull)
    }

    @Test func anUnknownRegionIsAUsageErrorSuggestingTheNearest() throws {
        let result = try run(["region", "north wst"])
        #expect(result.status == 64 && result.out.isEmpty)
        #expect(result.error == "cps: No region of the statistics is called \"north wst\" (did you mean \"North West\"?); the regions are \"Inner London\", \"London\", \"North West\", \"Outer London\" and \"South East\". See `cps region --help`.\n")
    }

    @Test func theLatestYearLeavesOutAnAuthorityThatNoLongerExists() throws {
        let latest = try run(["region", "North West", "--format", "csv"]).out
        let earlier = try run(["region", "North West", "--format", "csv", "--year", "2024"]).out
        #expect(!latest.contains("Oldshire") && earlier.contains(",909,E06000909,Oldshire,2024,70,"))
    }
}

/// Splits one CSV line that has no quoted commas except in quoted fields.
enum CSVLine {
    static func split(_ line: String) -> [String] {
        var fields: [String] = [], field = "", quoted = false
        for character in line {
            if character == "\"" { quoted.toggle() } else if character == ",", !quoted { fields.append(field); field = "" } else { field.append(character) }
        }
        return fields + [field]
    }
}
