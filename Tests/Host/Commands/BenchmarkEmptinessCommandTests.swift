import Foundation
import Testing

/// `cps benchmark` and `cps says-does` say which kind of empty every empty place is, in text, CSV and JSON.
@Suite struct BenchmarkEmptinessCommandTests {
    let arguments = ["benchmark", "--stats", StatisticsFixtures.current, "--no-snapshot", "--la", "905", "--authorities", "sefton"]

    @Test func textSaysWhichKindOfEmpty() {
        let result = CPSHarness.run(arguments)
        #expect(result.status == 0)
        let lines = result.out.components(separatedBy: "\n")
        // Sefton has no row in the fixture, its region none, its neighbours (real codes) no figures.
        for line in ["Value:             no figure in the data", "Region:            no figure for North West in the data",
                     "Neighbours mean:   no neighbour has a figure", "Neighbours median: no neighbour has a figure",
                     "Rank:              too few to rank (6 authorities with figures; 100 needed)",
                     "Quartile:          too few to rank (6 authorities with figures; 100 needed)", "Trend:             no figure in the data",
                     // Epsilon: suppressed, no neighbours in the built-in model, one year.
                     "Value:             suppressed (c)", "Neighbours mean:   no statistical neighbours known",
                     "Trend:             2025 suppressed (c) (one year only)"] {
            #expect(lines.contains(line), "\(line)")
        }
        #expect(!lines.contains { $0.hasSuffix(": ") || $0.hasSuffix(":") && $0.hasPrefix("Trend") })
    }

    @Test func csvKeepsNumbersEmptyAndGivesStatusColumns() throws {
        let csv = CPSHarness.run(arguments + ["--format", "csv"]).out.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(csv.count == 3)
        #expect(csv[0].hasSuffix(",trend,valueStatus,regionNote,neighboursNote,rankNote,trendNote,quality"))
        #expect(csv[1] == "placement-stability-long-term,sefton,343,E08000014,Sefton Council,2025,,,69,,,,,,,,absent,no figure for North West in the data,no neighbour has a figure,too few to rank (6 authorities with figures; 100 needed),no figure in the data,")
        #expect(csv[2] == "placement-stability-long-term,,905,E06000905,Epsilon,2025,,c,69,66,,,,,,2025=c,suppressed,,no statistical neighbours known,too few to rank (6 authorities with figures; 100 needed),one year only,")
    }

    @Test func jsonGivesStatusAndNotes() throws {
        let result = CPSHarness.run(arguments + ["--format", "json"])
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(result.out.utf8)) as? [[String: Any]])
        let sefton = try #require(rows.first { $0["authority"] as? String == "sefton" })
        #expect(sefton["value"] is NSNull && sefton["valueStatus"] as? String == "absent")
        #expect(sefton["regionNote"] as? String == "no figure for North West in the data")
        #expect(sefton["neighboursNote"] as? String == "no neighbour has a figure")
        #expect(sefton["rankNote"] as? String == "too few to rank (6 authorities with figures; 100 needed)")
        #expect(sefton["trendNote"] as? String == "no figure in the data")
        let epsilon = try #require(rows.first { $0["dfeCode"] as? String == "905" })
        #expect(epsilon["valueStatus"] as? String == "suppressed" && epsilon["symbol"] as? String == "c")
        #expect(epsilon["regionNote"] is NSNull && epsilon["trendNote"] as? String == "one year only")
        #expect(epsilon["neighboursNote"] as? String == "no statistical neighbours known")
    }

    /// A file of long-term stability for England and two councils: too few authorities to rank
    /// (the built-in snapshot ranks every authority, so the test brings its own figures).
    static func oneCouncilsFile() throws -> String {
        let file = try CPSHarness.temporaryFolder().appendingPathComponent("la_cla_placement_stability.csv")
        try """
        time_period,time_identifier,geographic_level,country_code,country_name,region_code,region_name,old_la_code,la_name,new_la_code,cla_group,placement_stability,children_count,children_percent
        2025,Reporting year,National,E92000001,England,,,,,,Children looked after continuously for at least 2.5 years on 31 March aged under 16 years,Living with the same carer for at least 2 years,20000,69
        2025,Reporting year,Local authority,E92000001,England,E12000003,Yorkshire and The Humber,812,North East Lincolnshire,E06000012,Children looked after continuously for at least 2.5 years on 31 March aged under 16 years,Living with the same carer for at least 2 years,100,70
        2025,Reporting year,Local authority,E92000001,England,E12000003,Yorkshire and The Humber,810,"Kingston upon Hull, City of",E06000010,Children looked after continuously for at least 2.5 years on 31 March aged under 16 years,Living with the same carer for at least 2 years,100,65

        """.write(to: file, atomically: true, encoding: .utf8)
        return file.path
    }

    @Test func saysAndDoesSaysWhyThereIsNoQuartile() throws {
        let stats = try Self.oneCouncilsFile()
        let text = CPSHarness.run(["says-does", "north-east-lincolnshire", "--stats", stats, "--no-snapshot"], width: 80).out
        #expect(text.range(of: #"Quartile:\s+too\s+few\s+to\s+rank\s+\(\d+\s+authorities\s+with\s+figures;\s+100\s+needed\)"#, options: .regularExpression) != nil)
        let json = CPSHarness.run(["says-does", "north-east-lincolnshire", "--stats", stats, "--no-snapshot", "--format", "json"]).out
        let councils = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
        let longTerm = try #require((councils.first?["commitments"] as? [[String: Any]])?.first { $0["measure"] as? String == "placement-stability-long-term" })
        #expect(longTerm["valueStatus"] as? String == "published" && longTerm["quartile"] == nil)
        #expect((longTerm["quartileNote"] as? String)?.hasPrefix("too few to rank (") == true)
        let csv = CPSHarness.run(["says-does", "north-east-lincolnshire", "--stats", stats, "--no-snapshot", "--format", "csv"]).out.components(separatedBy: "\r\n")
        #expect(csv[0] == "authority,kind,measure,title,target,year,value,england,neighboursMean,againstEngland,againstNeighbours,previousYear,previousValue,direction,duringStrategy,addressedBy,addressedText,mentions,section,note,quartile,domain,symbol,valueStatus,quartileNote,againstEnglandNote,quality")
    }
}
