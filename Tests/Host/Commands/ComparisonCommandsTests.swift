import Foundation
import Testing

@Suite struct ComparisonCommandsTests {
    @Test func coverageByEachDimension() {
        for dimension in ["principle", "domain", "measure"] {
            let result = CPSHarness.run(["coverage", "--by", dimension])
            #expect(result.status == 0)
            #expect(result.out.hasPrefix("Coverage by \(dimension)"))
        }
        #expect(CPSHarness.run(["coverage", "--by", "colour"]).status == 64)
    }

    @Test func coverageSelectsAuthoritiesAndRegions() throws {
        let result = CPSHarness.run(["coverage", "--region", "north west", "--format", "json"])
        let matrix = try #require(try JSONSerialization.jsonObject(with: Data(result.out.utf8)) as? [String: Any])
        let authorities = try #require(matrix["authorities"] as? [[String: Any]])
        let ids = authorities.compactMap { $0["id"] as? String }
        #expect(ids.contains("lancashire") && ids.contains("sefton") && !ids.contains("leicestershire"))
        let unknownRegion = CPSHarness.run(["coverage", "--region", "Atlantis"])
        #expect(unknownRegion.status == 64)
        #expect(unknownRegion.error.contains("the regions are \"East Midlands\""))
        #expect(CPSHarness.run(["coverage", "--authorities", "sefton,nope"]).status == 1)
    }

    @Test func coverageCSVIsLongWithLevelsAndKinds() {
        let lines = CPSHarness.run(["coverage", "--authorities", "sefton", "--format", "csv"]).out.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(lines[0] == "principle,title,authority,level,stated level,kinds,judged only")
        #expect(lines.count == 8)
        // Sefton's working groups take account of all seven principles (stated); its Being Heard priority is judged.
        #expect(lines[2] == "2,\"Express views, wishes and feelings\",sefton,assigned,assigned,topItem body action assignedAction,topItem action")
    }

    @Test func compareNeedsTwoAndShowsEverySection() {
        #expect(CPSHarness.run(["compare", "sefton"]).status == 64)
        let result = CPSHarness.run(["compare", "sefton", "leicestershire"])
        #expect(result.status == 0)
        for section in ["What stands out", "Period and currency", "Items by domain", "Principles covered", "Pledges and promises",
                        "Working groups and their chairs", "The board", "Youth participation", "Measures", "Targets set"] {
            #expect(result.out.contains(section), "\(section)")
        }
        #expect(result.out.contains("Leicestershire has a young person co-chairing its board."))
    }

    @Test func compareCSVIsOneTable() {
        let lines = CPSHarness.run(["compare", "sefton", "lancashire", "--format", "csv"]).out.components(separatedBy: "\r\n")
        #expect(lines[0] == "section,facet,sefton,lancashire")
        #expect(lines.contains { $0.hasPrefix("The board,Meets,bi-monthly,not stated") })
    }

    @Test func gapsJudgedOnAGivenDate() throws {
        let before = CPSHarness.run(["gaps", "sefton", "--as-of", "2025-06-30", "--format", "json"])
        let after = CPSHarness.run(["gaps", "sefton", "--as-of", "2026-01-01", "--format", "json"])
        #expect(!before.out.contains("period-ended"))
        #expect(after.out.contains("\"rule\": \"period-ended\""))
        #expect(CPSHarness.run(["gaps", "sefton", "--as-of", "yesterday"]).status == 64)
    }

    @Test func similarityMatrixAndNearest() {
        let seeds = "lancashire,leicestershire,middlesbrough,north-east-lincolnshire,sefton"
        let matrix = CPSHarness.run(["similarity", "--authorities", seeds, "--method", "tags", "--format", "csv"]).out.components(separatedBy: "\r\n")
        #expect(matrix[0] == ",Lancashire,Leicestershire,Middlesbrough,North East Lincolnshire,Sefton")
        #expect(matrix[1].hasPrefix("Lancashire,1.000,"))
        let nearest = CPSHarness.run(["similarity", "sefton"])
        #expect(nearest.out.hasPrefix("Strategies nearest Sefton Council"))
        #expect(CPSHarness.run(["similarity", "sefon"]).status == 1)
    }
}
