import CorporateParenting
@testable import CPSEngine
@testable import CPSKit
import Foundation
import Testing

/// The built-in benchmark for every authority, recomputed here straight from DfE's files with none of cps's reading or
/// ranking code: the figure, England's and the region's, rank, quartile, neighbours' mean and median, and the trend,
/// for measures of each polarity.
@Suite struct SnapshotBenchmarkRecomputedTests {
    static let present = DfEIntegrationTests.present
    static let skip = DfEIntegrationTests.skip

    /// A measure typed out again: the file, the filter values and the value column, as DfE publishes them.
    struct Case {
        var measure: StandardMeasureID
        var file: String
        var filters: [String: String]
        var valueColumn: String
        /// 1 higher is better, -1 lower is better, 0 context (not ranked).
        var polarity: Int
    }

    static let cases = [
        Case(measure: "placement-stability-long-term", file: "la_cla_placement_stability.csv",
             filters: ["cla_group": "Children looked after continuously for at least 2.5 years on 31 March aged under 16 years",
                       "placement_stability": "Living with the same carer for at least 2 years"],
             valueColumn: "children_percent", polarity: 1),
        Case(measure: "placement-stability-short-term", file: "la_cla_placement_stability.csv",
             filters: ["cla_group": "CLA on 31 March", "placement_stability": "With 3 or more placements during the year"],
             valueColumn: "children_percent", polarity: -1),
        Case(measure: "sdq-average", file: "la_conviction_health_outcome_cla.csv",
             filters: ["characteristic": "Ages 5 to 16 years with SDQ score", "breakdown": "SDQ average score"],
             valueColumn: "children_count", polarity: -1),
        Case(measure: "care-leavers-eet-19-21", file: "la_care_leavers_activity.csv",
             filters: ["care_leaver_age": "19 to 21 years", "breakdown": "Total in education, employment or training"],
             valueColumn: "care_leaver_percent", polarity: 1),
        Case(measure: "social-worker-turnover", file: "csww_indicators_2017_to_2025.csv", filters: [:],
             valueColumn: "turnover_rate_fte", polarity: -1),
        Case(measure: "cla-rate-per-10k", file: "cla_number_and_rate_per_10k_children.csv",
             filters: ["population_type": "Children looked after on 31 March each year"], valueColumn: "rate_per_10000", polarity: 0),
    ]

    /// The rows of a file that pass the filters, as dictionaries, read with the test's own CSV splitting.
    static func rows(_ file: String, _ filters: [String: String]) throws -> [[String: String]] {
        let text = try String(contentsOfFile: DfEIntegrationTests.file(file), encoding: .utf8)
        var lines = text.split(whereSeparator: { $0 == "\n" || $0 == "\r\n" }).map(String.init)
        let header = CSVLine.split(String(lines.removeFirst().drop { $0 == "\u{FEFF}" }))
        return lines.map { line in Dictionary(uniqueKeysWithValues: zip(header, CSVLine.split(line))) }
            .filter { row in filters.allSatisfy { row[$0.key] == $0.value } }
    }

    /// Competition ranks: 1 is best, ties share the better rank.
    static func ranks(_ values: [String: Double], polarity: Int) -> [String: Int] {
        var ranks: [String: Int] = [:]
        for (code, value) in values {
            ranks[code] = 1 + values.values.filter { polarity > 0 ? $0 > value : $0 < value }.count
        }
        return ranks
    }

    static func twoPlaces(_ value: Double) -> Double { (value * 100).rounded() / 100 }

    @Test(.enabled(if: present, skip), arguments: cases)
    func everyAuthorityAsRecomputedHere(_ test: Case) throws {
        let rows = try Self.rows(test.file, test.filters)
        let latest = try #require(rows.map { $0["time_period"]! }.max())
        let current = rows.filter { $0["time_period"] == latest }
        var values: [String: Double] = [:], region: [String: Double] = [:], regionOf: [String: String] = [:]
        var trend: [String: [String]] = [:]
        for row in rows where row["geographic_level"] == "Local authority" {
            let text = row[test.valueColumn]!
            trend[row["old_la_code"]!, default: []].append("\(row["time_period"]!)=\(Double(text).map { "\($0)" } ?? text)")
        }
        for row in current {
            let value = Double(row[test.valueColumn]!)
            switch row["geographic_level"] {
            case "Local authority":
                regionOf[row["old_la_code"]!] = row["region_name"]!
                if let value { values[row["old_la_code"]!] = value }
            case "Regional": if let value { region[row["region_name"]!] = value }
            default: break
            }
        }
        let england = current.first { $0["geographic_level"] == "National" }.flatMap { Double($0[test.valueColumn]!) }
        var neighbours: [String: [String]] = [:]
        for row in try Self.rows("sn_model_2025_wide.csv", [:]) {
            neighbours[row["old_la_code"]!] = (1...10).map { row["SN_\($0)"]!.trimmingCharacters(in: .whitespaces) }
        }
        let ranks = Self.ranks(values, polarity: test.polarity)
        #expect(values.count >= 140, "\(test.measure): \(values.count) authorities with a figure")

        let benchmark = Benchmark(store: .snapshot(), neighbours: StatisticsSnapshot.neighbours(), framework: .standard)
        let measure = try #require(OutcomeFramework.standard.measure(test.measure))
        let subjects = regionOf.keys.sorted().map { BenchmarkSubject(authority: nil, dfeCode: $0, onsCode: nil, name: $0, region: nil) }
        let computed = benchmark.rows(measures: [measure], subjects: subjects, year: nil)
        #expect(computed.count == subjects.count)
        for row in computed {
            let code = try #require(row.dfeCode)
            #expect(row.year == latest)
            #expect(row.value == values[code], "\(test.measure) \(code)")
            #expect(row.england == england)
            #expect(row.region == region[regionOf[code]!], "\(test.measure) \(code)")
            let near = (neighbours[code] ?? []).compactMap { values[$0] }.sorted()
            #expect(row.neighboursMean == (near.isEmpty ? nil : Self.twoPlaces(near.reduce(0, +) / Double(near.count))), "\(test.measure) \(code)")
            let median = near.isEmpty ? nil : near.count % 2 == 1 ? near[near.count / 2] : (near[near.count / 2 - 1] + near[near.count / 2]) / 2
            #expect(row.neighboursMedian == median.map(Self.twoPlaces), "\(test.measure) \(code)")
            #expect(row.trend.map { "\($0.year)=\($0.value.map { "\($0)" } ?? $0.symbol ?? "")" } == trend[code]?.sorted(), "\(test.measure) \(code)")
            if test.polarity == 0 || values[code] == nil {
                #expect(row.rank == nil && row.quartile == nil)
            } else {
                let rank = try #require(ranks[code])
                #expect(row.rank == rank && row.of == values.count, "\(test.measure) \(code)")
                // Quartile A is the best quarter: ranks up to a quarter of the count, and so on.
                let quarter = Double(values.count) / 4
                let band = Double(rank) <= quarter ? "A" : Double(rank) <= 2 * quarter ? "B" : Double(rank) <= 3 * quarter ? "C" : "D"
                #expect(row.quartile == band, "\(test.measure) \(code)")
            }
        }
    }
}

extension SnapshotBenchmarkRecomputedTests.Case: CustomTestStringConvertible {
    var testDescription: String { measure.rawValue }
}
