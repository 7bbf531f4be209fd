import CorporateParenting
import CPSEngine
import CPSKit
import Foundation

/// A made-up national file for region tests, written by the test in DfE's tidy layout: 121 authorities in 2024 and
/// 2025 (enough to rank), on long-term placement stability (higher is better) and three or more placements (lower is
/// better), with regional rows for North West, London, Inner London, Outer London and South East. Sefton (343)
/// carries its real codes so the built-in pack matches it; Oldshire (909) is "not applicable" (z) in 2025, as
/// Cumbria is; Blackpool, Blackburn with Darwen, St. Helens and "Kingston upon Hull, City of" test names.
enum RegionFixture {
    struct Authority {
        var code: String, ons: String, name: String, region: String
    }

    static let longTerm = "Children looked after continuously for at least 2.5 years on 31 March aged under 16 years"
    static let longTermBreakdown = "Living with the same carer for at least 2 years"
    static let shortTerm = "CLA on 31 March"
    static let shortTermBreakdown = "With 3 or more placements during the year"

    static let regions = ["North West", "Inner London", "Outer London", "South East"]

    /// Every authority: 120 made up (codes 1000 to 1119, region by code), a few with real names and codes, and Sefton.
    static let authorities: [Authority] = {
        let names = ["889": "Blackburn with Darwen", "890": "Blackpool", "811": "St. Helens", "810": "Kingston upon Hull, City of", "909": "Oldshire"]
        var list = (800...919).map { number -> Authority in
            // Made-up authorities get four-digit codes, so that no built-in council's real code matches one.
            let special = names[String(number)] != nil
            let code = special ? String(number) : String(number + 200)
            let region = special ? "North West" : regions[number % 4]
            let ons = code == "890" ? "E06000009" : "E06000\(code)"
            return Authority(code: code, ons: ons, name: names[code] ?? "Authority \(code)", region: region)
        }
        list.append(Authority(code: "343", ons: "E08000014", name: "Sefton", region: "North West"))
        return list
    }()

    /// A figure per authority, year and measure: spread out, with ties.
    static func value(_ authority: Authority, year: Int, longTerm: Bool) -> String {
        if authority.code == "909" { return year == 2025 ? "z" : "70" }
        let number = Int(authority.code)!
        return String(longTerm ? 40 + (number * 7 + year) % 45 : 3 + (number * 11 + year) % 15)
    }

    static func regionValue(_ region: String, longTerm: Bool) -> String {
        String(longTerm ? 60 + region.count : 5 + region.count % 7)
    }

    /// The file's text.
    static var csv: String {
        var lines = ["time_period,time_identifier,geographic_level,country_code,country_name,region_code,region_name,old_la_code,la_name,new_la_code,cla_group,placement_stability,children_count,children_percent"]
        for year in [2024, 2025] {
            for (group, breakdown, long) in [(longTerm, longTermBreakdown, true), (shortTerm, shortTermBreakdown, false)] {
                lines.append("\(year),Reporting year,National,E92000001,England,,,,,,\(group),\(breakdown),1000,\(long ? 69 : 10)")
                for region in ["North West", "London", "Inner London", "Outer London", "South East"] {
                    lines.append("\(year),Reporting year,Regional,E92000001,England,E12000099,\(region),,,,\(group),\(breakdown),100,\(regionValue(region, longTerm: long))")
                }
                for authority in authorities {
                    let value = value(authority, year: year, longTerm: long)
                    lines.append("\(year),Reporting year,Local authority,E92000001,England,E12000099,\(authority.region),\(authority.code),\"\(authority.name)\",\(authority.ons),\(group),\(breakdown),\(value == "z" ? "z" : "10"),\(value)")
                }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// DfE's 2025 neighbour layout for Blackpool and Sefton.
    static let neighbours = """
    old_la_code,la_name,region_ind,region_name,SN_1,SN_1P,SN_2,SN_2P
    890,Blackpool,1,North West,811,Close ,343,Close
    343,Sefton,1,North West,890,Close ,1012,Close

    """

    /// Writes both files in a new folder: (statistics, neighbours).
    static func write() throws -> (stats: String, neighbours: String) {
        let folder = try CPSHarness.temporaryFolder()
        let stats = folder.appendingPathComponent("stability.csv"), neighbourFile = folder.appendingPathComponent("neighbours.csv")
        try csv.write(to: stats, atomically: true, encoding: .utf8)
        try neighbours.write(to: neighbourFile, atomically: true, encoding: .utf8)
        return (stats.path, neighbourFile.path)
    }

    /// The options that read only these files.
    static func options() throws -> [String] {
        let files = try write()
        return ["--no-snapshot", "--stats", files.stats, "--neighbours", files.neighbours]
    }

    /// Ranks as DfE ranks them, worked out here independently of ``Ranking``: 1 for the best, ties sharing the
    /// better rank (the count of strictly better figures, plus one).
    static func ranks(_ values: [Double], higherIsBetter: Bool) -> [Int] {
        values.map { value in 1 + values.filter { higherIsBetter ? $0 > value : $0 < value }.count }
    }
}
