import CorporateParenting

/// The DfE series `cps benchmark` reads: the built-in snapshot, replaced measure by measure by any files given.
public struct StatisticsStore: Sendable {
    /// Each standard measure's observations.
    public var series: [StandardMeasureID: [DfEObservation]]
    /// Where each measure's observations come from.
    public var sources: [StandardMeasureID: String]

    /// The snapshot alone.
    public static func snapshot() -> StatisticsStore {
        let series = StatisticsSnapshot.series()
        return StatisticsStore(series: series, sources: series.mapValues { _ in StatisticsSnapshot.source })
    }

    /// Reads the files and, for each standard measure a file holds, uses the file's series instead of the
    /// snapshot's (later files extend earlier ones); `includeSnapshot` false starts from nothing.
    public static func load(files: [String], includeSnapshot: Bool, framework: OutcomeFramework) throws(EngineError) -> StatisticsStore {
        var store = includeSnapshot ? snapshot() : StatisticsStore(series: [:], sources: [:])
        var replaced: Set<StandardMeasureID> = []
        for file in files {
            let table = try DfETable(path: file)
            var found = false
            for measure in framework.measures {
                guard let binding = measure.dfe, let rows = try table.series(for: binding) else { continue }
                found = true
                if replaced.insert(measure.id).inserted {
                    store.series[measure.id] = rows
                    store.sources[measure.id] = file
                } else {
                    let keys = Set(rows.map { "\($0.timePeriod)|\($0.geographicLevel.rawValue)|\($0.onsCode ?? $0.name)" })
                    store.series[measure.id] = (store.series[measure.id] ?? []).filter {
                        !keys.contains("\($0.timePeriod)|\($0.geographicLevel.rawValue)|\($0.onsCode ?? $0.name)")
                    } + rows
                    store.sources[measure.id] = (store.sources[measure.id] ?? "") + "; " + file
                }
            }
            if !found {
                throw .noMeasureSeries(file: file)
            }
        }
        return store
    }
}
