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
        #expect(lines.first == "Authority,Severity,Rule,About,Finding")
        #expect(lines.filter { $0.hasPrefix("Authority,") }.count == 1)
        let sefton = try RealBinary.run(["gaps", "sefton", "--format", "csv"]).out.split(whereSeparator: \.isNewline).count - 1
        let lancashire = try RealBinary.run(["gaps", "lancashire", "--format", "csv"]).out.split(whereSeparator: \.isNewline).count - 1
        let chosen = try RealBinary.run(["gaps", "--authorities", "sefton,lancashire", "--format", "csv"]).out.split(whereSeparator: \.isNewline)
        #expect(chosen.count - 1 == sefton + lancashire)  // the region may hold more councils (a scaffolded one)
        #expect(lines.contains { $0.hasPrefix("sefton,") } && lines.contains { $0.hasPrefix("lancashire,") })
        #expect(!lines.contains { $0.hasPrefix("leicestershire,") })
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
