import CPSKit

extension SyntheticCorpus {
    /// A DfE-layout tidy CSV: 155 authorities, their 9 regions and England, over `years` years, for `series` series of
    /// the health-outcomes layout (the first six are the standard measures' series; the rest other breakdowns).
    static func csv(years: Int = 10, series count: Int = 30, seed: UInt64 = 2025) -> [UInt8] {
        var random = SplitMix(seed: seed)
        var series: [(String, String)] = [
            ("Health assessments: Children looked after all ages", "Had their annual health assessment"),
            ("Health assessments: Children looked after all ages", "Had their teeth checked by a dentist"),
            ("Health assessments: Children looked after all ages", "Had their immunisations up to date"),
            ("Development assessments: Children looked after ages 0 to 4 years", "Development assessments up to date"),
            ("Ages 5 to 16 years with SDQ score", "SDQ score was received"),
            ("Convictions: Children looked after Ages 10 to 17 years", "Convicted or subject to youth cautions, or youth conditional cautions during the year"),
        ]
        while series.count < count { series.append(("Other characteristic \(series.count)", "Breakdown, with a comma \(series.count)")) }
        var text = "\u{FEFF}time_period,time_identifier,geographic_level,country_code,country_name,region_code,region_name,old_la_code,la_name,new_la_code,characteristic,breakdown,children_count,children_percent\n"
        for year in (2026 - years)...2025 {
            for (characteristic, breakdown) in series {
                let quoted = breakdown.contains(",") ? "\"\(breakdown)\"" : breakdown
                text += "\(year),Reporting year,National,E92000001,England,,,,,,\(characteristic),\(quoted),\(random.int(1000...90000)),\(random.int(50...99))\n"
                for (r, region) in regions.enumerated() {
                    text += "\(year),Reporting year,Regional,E92000001,England,E1200000\(r + 1),\(region),,,,\(characteristic),\(quoted),\(random.int(100...9000)),\(random.int(50...99))\n"
                }
                for la in 0..<155 {
                    let value = random.int(0...20) == 0 ? random.pick(["c", "z", "x", "k"]) : String(random.int(40...100))
                    let name = la % 17 == 0 ? "\"Authority \(la), City of\"" : "Authority \(la)"
                    text += "\(year),Reporting year,Local authority,E92000001,England,E1200000\(la % regions.count + 1),\(regions[la % regions.count]),\(dfeCode(la)),\(name),E06\(String(100_000 + la).suffix(6)),\(characteristic),\(quoted),\(random.int(10...900)),\(value)\n"
                }
            }
        }
        return Array(text.utf8)
    }

    /// Statistical neighbours for the synthetic authorities: the ten following codes.
    static func neighbours() -> StatisticalNeighbours {
        StatisticalNeighbours(model: "synthetic", lists: Dictionary(uniqueKeysWithValues: (0..<155).map { la in
            (dfeCode(la), (1...10).map { dfeCode(la + $0) })
        }))
    }
}
