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
    public func subject(named typed: String) throws(CPSError) -> BenchmarkSubject {
        let all = authoritiesInStatistics
        let code = typed.trimmingCharacters(in: " ").uppercased()
        if let coded = all.first(where: { $0.dfeCode?.uppercased() == code || $0.onsCode?.uppercased() == code }) { return coded }
        let wanted = RegionChoice.normalised(typed)
        guard !wanted.isEmpty else { throw .unknownStatisticsAuthority(typed, suggestions: []) }
        let forms = all.map { Self.nameForms($0.name) }
        for test in [{ (form: String) in form == wanted }, { $0.hasPrefix(wanted) }, { (" " + $0).contains(" " + wanted) }] {
            let found = all.indices.filter { forms[$0].contains(where: test) }
            if found.count == 1 { return all[found[0]] }
            if found.count > 1 { throw .ambiguousStatisticsAuthority(typed, candidates: found.map { all[$0].name }) }
        }
        throw .unknownStatisticsAuthority(typed, suggestions: Suggestions.nearest(to: typed, among: all.map(\.name)))
    }

    /// A name as typed forms: "Kingston upon Hull, City of" is also "city of kingston upon hull" and "kingston upon
    /// hull"; "St. Helens" is "st helens".
    static func nameForms(_ name: String) -> [String] {
        var forms = [RegionChoice.normalised(name)]
        let parts = name.split(separator: ",", maxSplits: 1).map { String($0) }
        if parts.count == 2 {
            forms.append(RegionChoice.normalised(parts[1] + " " + parts[0]))
            forms.append(RegionChoice.normalised(parts[0]))
        }
        return forms
    }
}
