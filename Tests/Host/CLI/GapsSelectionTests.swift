import CPSKit
import Foundation
import Testing

/// `cps gaps --region` and `--authorities`: one table for several strategies, through the real binary.
@Suite(.enabled(if: BadInputTests.binary != nil, "The cps binary is not built beside the tests."))
struct GapsSelectionTests {
    @Test func gapsForARegionIsOneTable() throws {
        let region = try RealBinary.run(["gaps", "--region", "North West", "--format", "csv"])
        #expect(region.status == 0)
        #expect(region.error.isEmpty)
        let lines = region.out.split(whereSeparator: \.isNewline)
        #expect(lines.first == "authority,severity,rule,subject,message,items,notCaptured")
        #expect(lines.filter { $0.hasPrefix("authority,") }.count == 1)
        let sefton = try RealBinary.run(["gaps", "sefton", "--format", "csv"]).out.split(whereSeparator: \.isNewline).count - 1
        let lancashire = try RealBinary.run(["gaps", "lancashire", "--format", "csv"]).out.split(whereSeparator: \.isNewline).count - 1
        let chosen = try RealBinary.run(["gaps", "--authorities", "sefton,lancashire", "--format", "csv"]).out.split(whereSeparator: \.isNewline)
        #expect(chosen.count - 1 == sefton + lancashire)  // the region may hold more councils (a scaffolded one)
        #expect(lines.contains { $0.hasPrefix("sefton,") } && lines.contains { $0.hasPrefix("lancashire,") })
        #expect(!lines.contains { $0.hasPrefix("leicestershire,") })
    }

    @Test func severalCouncilsAreOneTableMostSeriousFirst() throws {
        let result = try RealBinary.run(["gaps", "--authorities", "sefton,middlesbrough,lancashire", "--as-of", "2026-11-23", "--format", "csv"])
        #expect(result.status == 0)
        #expect(result.error.isEmpty)
        let table = try CSVReader.read(Array(result.out.utf8))
        let rows = [table.header] + table.rows
        #expect(rows.first == ["authority", "severity", "rule", "subject", "message", "items", "notCaptured"])
        let body = rows.dropFirst()
        let rank = ["error": 0, "warning": 1, "info": 2]
        let severities = body.map { rank[$0[1]] ?? -1 }
        #expect(!severities.contains(-1))
        #expect(severities == severities.sorted())
        // Sefton's and Middlesbrough's periods ended: the two errors, first, in the order the councils were chosen.
        #expect(body.prefix(2).map { [$0[0], $0[2]] } == [["sefton", "period-ended"], ["middlesbrough", "period-ended"]])
        #expect(Set(body.map { $0[0] }) == ["sefton", "middlesbrough", "lancashire"])
        // Every row's message is one sentence.
        #expect(body.allSatisfy { $0[4].hasSuffix(".") })
        let json = try RealBinary.run(["gaps", "--authorities", "sefton,middlesbrough,lancashire", "--as-of", "2026-11-23", "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.out.utf8)) as? [String: Any])
        let gaps = try #require(object["gaps"] as? [[String: Any]])
        #expect(gaps.map { $0["authority"] as? String } == body.map { $0[0] })
    }

    @Test func rulesTakeNoCouncil() throws {
        let rules = try RealBinary.run(["gaps", "--rules"])
        #expect(rules.status == 0)
        #expect(rules.out.contains("no-local-offer"))
        let both = try RealBinary.run(["gaps", "--rules", "sefton"])
        #expect(both.status == 64)
        #expect(both.out.isEmpty)
        #expect(both.error.contains("`cps gaps --rules` lists the rules; give it no id, --region or --authorities."))
    }

    @Test func aRegionTypedInAnyCaseIsNamedAsDfESpellsIt() throws {
        let gaps = try RealBinary.run(["gaps", "--region", "north WEST"])
        #expect(gaps.status == 0)
        #expect(gaps.out.hasPrefix("Gaps: ") && gaps.out.contains(" authorities in North West\n"))
        let report = try RealBinary.run(["report", "--region", "north west", "--format", "markdown"])
        #expect(report.out.hasPrefix("# Corporate parenting strategies compared: North West\n"))
    }

    @Test func gapsNeedsAnIdOrASelectionButNotBoth() throws {
        let neither = try RealBinary.run(["gaps"])
        #expect(neither.status == 64)
        #expect(neither.error.contains("needs the id of an authority, or --region or --authorities"))
        let both = try RealBinary.run(["gaps", "sefton", "--region", "North West"])
        #expect(both.status == 64)
        #expect(both.out.isEmpty)
        #expect(both.error.contains("not both"))
    }
}
