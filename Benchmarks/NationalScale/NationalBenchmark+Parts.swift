import CorporateParenting
import CPSKit

extension NationalBenchmark {
    /// Times each part of the report, in process, to see where its time goes.
    func reportParts(scale: Int) {
        let framework = OutcomeFramework.standard
        let asOf = PartialDate(year: 2026, month: 11, day: 23)!
        func time<T>(_ name: String, _ body: () throws -> T) rethrows -> T {
            let timing = try Clock.median(runs, body)
            print("\(name): \(Self.ms(timing.milliseconds))")
            return timing.result
        }
        let authorities = try! time("load") { try PackLoader().load([scaleFolder(scale)]) }
        let profiles = time("profiles") { PackProfile.profiles(authorities.map(\.pack), framework: framework) }
        _ = time("summaries") { authorities.map(AuthoritySummary.init) }
        _ = time("coverage") { CoverageMatrix.matrices(profiles, framework: framework) }
        _ = time("comparison") { Comparison(profiles, asOf: asOf, framework: framework) }
        _ = time("gaps") { profiles.map { GapRuleRegistry.gaps(in: GapContext(profile: $0, asOf: asOf, framework: framework)) } }
        _ = time("similarity") { SimilarityMatrix(profiles) }
        let benchmark = Benchmark(store: StatisticsStore.snapshot(), neighbours: StatisticsSnapshot.neighbours(), framework: framework)
        let subjects = profiles.filter { $0.pack.codes.dfe != nil || $0.pack.codes.ons != nil }
        let rows = time("benchmark rows") { benchmark.rows(measures: benchmark.measuresWithData, subjects: subjects.map(BenchmarkSubject.init), year: nil) }
        print("  (\(rows.count) rows for \(Set(rows.compactMap(\.authority)).count) councils)")
        let byAuthority = Dictionary(grouping: rows, by: { $0.authority ?? "" })
        _ = time("says and does") { subjects.map { SaysAndDoes($0, rows: byAuthority[$0.pack.id] ?? [], framework: framework) } }
        let report = time("whole Report") { Report(authorities, asOf: asOf, region: nil, framework: framework, benchmark: benchmark) }
        let html = time("HTML") { ReportView(report: report).html() }
        print("  (\(html.utf8.count) bytes)")
    }
}
