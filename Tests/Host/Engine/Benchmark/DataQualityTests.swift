import CorporateParenting
@testable import CPSEngine
@testable import CPSKit
import Testing

/// The data-quality rules on small series: for each, figures that trigger it and figures that must not.
@Suite struct DataQualityTests {
    // MARK: bound

    @Test func zeroAmongNeighboursAtEightyToAHundredIsFlagged() throws {
        let flag = try #require(DataQuality.bound(0, year: "2025", neighbours: [80, 92, 100], england: 88))
        #expect(flag.rule == .bound && flag.year == "2025")
        #expect(flag.message == "0% in 2025 where its statistical neighbours range from 80% to 100%: check the return.")
    }

    @Test func aHundredAmongNeighboursAtNinetyEightToAHundredIsNotFlagged() {
        #expect(DataQuality.bound(100, year: "2025", neighbours: [98, 99, 100], england: 88) == nil)
    }

    @Test func oneNeighbourWithinTheMarginIsEnough() {
        // 24 points from 0: within the margin of 25, so 0% is plausible here.
        #expect(DataQuality.bound(0, year: "2025", neighbours: [24, 90, 95], england: 88) == nil)
        // 26 points from 0: none within the margin.
        #expect(DataQuality.bound(0, year: "2025", neighbours: [26, 90, 95], england: 88) != nil)
        // A hundred among neighbours at 60-70: flagged.
        #expect(DataQuality.bound(100, year: "2025", neighbours: [60, 70], england: 70)?.message
            == "100% in 2025 where its statistical neighbours range from 60% to 70%: check the return.")
    }

    @Test func onlyExactBoundsAreChecked() {
        #expect(DataQuality.bound(1, year: "2025", neighbours: [90, 95], england: 90) == nil)
        #expect(DataQuality.bound(99.5, year: "2025", neighbours: [10, 20], england: 20) == nil)
    }

    @Test func englandStandsInWhenNoNeighbourHasAFigure() throws {
        let flag = try #require(DataQuality.bound(0, year: "202425", neighbours: [], england: 88))
        #expect(flag.message == "0% in 2024/25 where England's figure is 88% and no statistical neighbour has a figure: check the return.")
        #expect(DataQuality.bound(0, year: "2025", neighbours: [], england: 3) == nil, "0% beside England's 3% is plausible")
        #expect(DataQuality.bound(0, year: "2025", neighbours: [], england: nil) == nil, "nothing to compare with: nothing said")
    }

    @Test func oneNeighbourIsNamedAsOne() {
        #expect(DataQuality.bound(0, year: "2025", neighbours: [90], england: nil)?.message
            == "0% in 2025 where its only statistical neighbour with a figure has 90%: check the return.")
    }

    // MARK: jump

    @Test func aCollapseIsFlaggedAndTheRecoveryIsNot() throws {
        // 84 -> 7 -> 87: the 7 is the figure to query; 87 comes back to within 10 points of 84.
        let fall = try #require(DataQuality.jump(7, year: "2024", previous: 84, previousYear: "2023", twoYearsBefore: 81, englandChange: 0))
        #expect(fall.rule == .jump)
        #expect(fall.message == "7% in 2024, down 77 points from 84% in 2023 while England's figure did not move: check the return.")
        #expect(DataQuality.jump(87, year: "2025", previous: 7, previousYear: "2024", twoYearsBefore: 84, englandChange: 2) == nil)
    }

    @Test func smallCohortNoiseIsNotFlagged() {
        // Twenty or thirty points either way is what a few dozen children do to a percentage.
        #expect(DataQuality.jump(60, year: "2025", previous: 80, previousYear: "2024", twoYearsBefore: nil, englandChange: 0) == nil)
        #expect(DataQuality.jump(95, year: "2025", previous: 56, previousYear: "2024", twoYearsBefore: nil, englandChange: 0) == nil)
        // Forty is the threshold.
        #expect(DataQuality.jump(96, year: "2025", previous: 56, previousYear: "2024", twoYearsBefore: nil, englandChange: 0) != nil)
    }

    @Test func aChangeEnglandSharesIsNotFlagged() throws {
        // Dental checks rose 30 points nationally after 2021: a council rising 45 moved 15 beyond England.
        #expect(DataQuality.jump(85, year: "2022", previous: 40, previousYear: "2021", twoYearsBefore: nil, englandChange: 30) == nil)
        // Falling 17 while England rose 30 is 47 beyond England's change.
        let flag = try #require(DataQuality.jump(80, year: "2022", previous: 97, previousYear: "2021", twoYearsBefore: nil, englandChange: 30))
        #expect(flag.message == "80% in 2022, down 17 points from 97% in 2021 while England's rose 30 points: check the return.")
    }

    @Test func withoutEnglandTheChangeStandsAlone() {
        #expect(DataQuality.jump(0, year: "2025", previous: 85, previousYear: "2024", twoYearsBefore: nil, englandChange: nil)?.message
            == "0% in 2025, down 85 points from 85% in 2024: check the return.")
    }

    // MARK: series

    static func row(_ period: String, _ level: GeographicLevel, _ code: String?, _ value: Double?) -> DfEObservation {
        DfEObservation(timePeriod: period, geographicLevel: level, dfeCode: code, name: code ?? "England", value: value.map(StatValue.number) ?? .missing(symbol: "c"))
    }

    static let series: [DfEObservation] = ["2023", "2024", "2025"].flatMap { year in
        [row(year, .national, nil, 88)] + [("901", 90.0), ("902", 95.0), ("903", 100.0)].map { row(year, .localAuthority, $0.0, $0.1) }
    } + [row("2023", .localAuthority, "904", 85), row("2024", .localAuthority, "904", 0), row("2025", .localAuthority, "904", 0)]

    static func trend(_ code: String, in series: [DfEObservation]) -> [BenchmarkRow.TrendPoint] {
        series.filter { $0.dfeCode == code }.map { BenchmarkRow.TrendPoint(year: $0.timePeriod, value: $0.value, symbol: $0.symbol) }
    }

    @Test func everyYearOfTheTrendIsChecked() {
        let quality = DataQuality(Self.series, unit: .percent)
        let flags = quality.flags(Self.trend("904", in: Self.series), neighbours: ["901", "902", "903"])
        // 2024: 0 after 85 (jump) among neighbours at 90-100 (bound); 2025: 0 again (bound; no change, so no jump).
        #expect(flags.map { "\($0.year) \($0.rule.rawValue)" } == ["2024 bound", "2024 jump", "2025 bound"])
        // 903's 100% every year among neighbours at 90-95: nothing.
        #expect(quality.flags(Self.trend("903", in: Self.series), neighbours: ["901", "902"]).isEmpty)
    }

    @Test func aGapInTheYearsIsNotAJump() {
        let series = [Self.row("2023", .localAuthority, "905", 90), Self.row("2024", .localAuthority, "905", nil), Self.row("2025", .localAuthority, "905", 20)]
        #expect(DataQuality(series, unit: .percent).flags(Self.trend("905", in: series), neighbours: []).isEmpty)
    }

    @Test func countsRatesAndScoresAreNeverFlagged() {
        for unit in [MeasureUnit.count, .per10k, .score] {
            let quality = DataQuality(Self.series, unit: unit)
            #expect(!quality.applies)
            #expect(quality.flags(Self.trend("904", in: Self.series), neighbours: ["901", "902", "903"]).isEmpty, "\(unit.rawValue)")
        }
    }
}
