extension Benchmark {
    /// Every authority in the statistics, one per DfE code (or ONS code where there is none), as its latest row
    /// names it, sorted by name.
    public var authoritiesInStatistics: [BenchmarkSubject] {
        var latest: [String: DfEObservation] = [:]
        for observations in store.series.values {
            for row in observations where row.geographicLevel == .localAuthority {
                guard let key = row.dfeCode ?? row.onsCode else { continue }
                if let known = latest[key], known.timePeriod >= row.timePeriod { continue }
                latest[key] = row
            }
        }
        return latest.values
            .map { BenchmarkSubject(authority: nil, dfeCode: $0.dfeCode, onsCode: $0.onsCode, name: $0.name, region: $0.regionName) }
            .sorted { ($0.name, $0.dfeCode ?? "") < ($1.name, $1.dfeCode ?? "") }
    }

    /// The authority `typed` names, for `--la`: a DfE code (890), an ONS code (E06000009), or a name in any case and
    /// punctuation ("st helens" for "St. Helens"), whole or a unique beginning of the name or of one of its words
    /// ("Hull" for "Kingston upon Hull, City of"). Several matches are an error naming them; none, an error with the
    /// nearest names.
    public func subject(named typed: String) throws(EngineError) -> BenchmarkSubject {
        let all = authoritiesInStatistics
        let code = typed.trimmingCharacters(in: " ").uppercased()
        if let coded = all.first(where: { $0.dfeCode?.uppercased() == code || $0.onsCode?.uppercased() == code }) { return coded }
        switch AuthorityNames.match(typed, among: all.map(\.name)) {
        case .one(let place): return all[place]
        case .several(let places): throw .ambiguousStatisticsAuthority(typed, candidates: places.map { all[$0].name })
        case .none: throw .unknownStatisticsAuthority(typed, suggestions: AuthorityNames.normalised(typed).isEmpty ? [] : Suggestions.nearest(to: typed, among: all.map(\.name)))
        }
    }
}
