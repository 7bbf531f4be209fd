import CorporateParenting
@testable import CPSEngine
@testable import CPSKit
import Testing

/// The report's summary per council: currency on the date judged, figures worse than England and than neighbours
/// by polarity with their direction of travel, the worst first, context measures never judged, "no figures" when
/// there are none, and the most serious gaps one per rule.
@Suite struct CouncilSummaryTests {
    static let asOf = PartialDate(year: 2026, month: 1, day: 1)!

    /// A row for Alpha on `measure` in 2025, with its 2024 figure.
    static func row(_ measure: String, _ value: Double?, england: Double?, neighbours: Double?, previous: Double?) -> BenchmarkRow {
        BenchmarkRow(measure: StandardMeasureID(rawValue: measure), authority: "alpha", name: "Alpha Council", year: "2025", value: value,
                     england: england, neighboursMean: neighbours, neighbours: 10,
                     trend: [.init(year: "2024", value: previous, symbol: nil), .init(year: "2025", value: value, symbol: nil)])
    }

    static let rows = [
        // Lower is better: 12% against England's 10% is worse, and up from 9% is worsening.
        row("placement-stability-short-term", 12, england: 10, neighbours: 13, previous: 9),
        // Higher is better: 30% against 88% is worse (the worst by far), up from 20% is improving; worse than neighbours too.
        row("placement-stability-long-term", 30, england: 88, neighbours: 60, previous: 20),
        // Better than England, worse than neighbours, unchanged.
        row("care-leavers-eet-17-18", 70, england: 66, neighbours: 75, previous: 70),
        // Context: never judged, however far from England.
        row("cla-rate-per-10k", 138, england: 67, neighbours: 90, previous: 120),
        // No figure: not judged.
        row("care-leavers-eet-19-21", nil, england: 56, neighbours: 55, previous: 50),
    ]

    static func gap(_ rule: String, _ severity: Severity) -> Gap {
        Gap(rule: rule, severity: severity, subject: "s", finding: .inconsistency(topic: "\(rule) (with an aside); and more"))
    }

    @Test func figuresAreJudgedByPolarityWithTheirDirectionOfTravel() throws {
        let summary = CouncilSummary(AnalysisFixtures.alpha, rows: Self.rows, gaps: [], asOf: Self.asOf, framework: .standard)
        #expect(summary.judged == 3)
        #expect(summary.worseThanEngland.map(\.measure.rawValue) == ["placement-stability-long-term", "placement-stability-short-term"])
        #expect(summary.worseThanEngland.map(\.travel) == [.improving, .worsening])
        #expect(summary.worseThanNeighbours.map(\.measure.rawValue) == ["placement-stability-long-term", "care-leavers-eet-17-18"])
        #expect(summary.worseThanNeighbours.last?.travel == .unchanged)
        #expect(summary.worseThanEngland.first?.previous?.value == 20)
    }

    @Test func aFlaggedFigureSaysCheckTheReturn() throws {
        var flagged = Self.rows[1]
        flagged.quality = [QualityFlag(rule: .bound, year: "2025", message: "m")]
        let summary = CouncilSummary(AnalysisFixtures.alpha, rows: [flagged, Self.rows[0]], gaps: [], asOf: Self.asOf, framework: .standard)
        #expect(summary.worseThanEngland.map(\.flagged) == [true, false])
        let view = ReportView(report: ReportLayoutTests().report(1).report)
        let line = view.worstLine(try #require(summary.worseThanEngland.first))
        #expect(line == "Long-term placement stability: 30%† (check the return) in 2025 against England's 88%, improving since 2024 (20%)")
    }

    @Test func aCouncilWithNoFiguresSaysSo() {
        let summary = CouncilSummary(AnalysisFixtures.alpha, rows: [], gaps: [], asOf: Self.asOf, framework: .standard)
        #expect(summary.judged == 0)
        let view = ReportView(report: ReportLayoutTests().report(1).report)
        let fields = view.summaryFields(summary)
        #expect(fields.first { $0.label == "Figures worse than England" }?.value == "no figures for this council")
        #expect(fields.first { $0.label == "Worst against England" }?.value == "no figures for this council")
        #expect(!fields.contains { $0.value.contains("None") })
    }

    @Test func currencyFollowsThePeriodAndTheDate() {
        let period = StrategyPeriod.years(2022, 2025)
        #expect(StrategyCurrency(period, on: PartialDate(year: 2025, month: 12, day: 31)!) == .current)
        #expect(StrategyCurrency(period, on: Self.asOf) == .ended)
        #expect(StrategyCurrency(period, on: PartialDate(year: 2021, month: 6, day: 1)!) == .notStarted)
        #expect(StrategyCurrency(StrategyPeriod(start: PartialDate(year: 2022), end: nil), on: Self.asOf) == .endNotStated)
    }

    @Test func theMostSeriousGapsComeFirstOnePerRule() {
        let gaps = [Self.gap("info-rule", .info), Self.gap("warning-a", .warning), Self.gap("warning-a", .warning),
                    Self.gap("error-rule", .error), Self.gap("warning-b", .warning)]
        let summary = CouncilSummary(AnalysisFixtures.alpha, rows: [], gaps: gaps, asOf: Self.asOf, framework: .standard)
        #expect(summary.seriousGaps.map(\.rule) == ["error-rule", "warning-a", "warning-b"])
        #expect(summary.gapCount == 5)
        #expect(ReportView.headline("info-rule (with an aside); and more.") == "info-rule.")
    }

    @Test func theReportOpensWithTheSummary() throws {
        let view = ReportLayoutTests().report(3)
        let ids = view.sections().map(\.id)
        #expect(ids.first == "summary")
        // Outcomes before structure, structure before detail.
        let place = { (id: String) in try #require(ids.firstIndex(of: id)) }
        #expect(try place("benchmarks") < place("strategies"))
        #expect(try place("says-and-does") < place("coverage-principles"))
        #expect(try place("similarity") < place("gaps"))
        #expect(ids.last == "sources")
        let html = view.html()
        #expect(html.components(separatedBy: "<article class=\"card\"").count - 1 == 3)
        #expect(try #require(html.range(of: "id=\"summary\"")).lowerBound < #require(html.range(of: "id=\"benchmarks\"")).lowerBound)
    }
}
