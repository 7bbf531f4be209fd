import CorporateParenting

extension RegionBenchmark {
    /// Works out the region on `measures` in `year` (each measure's latest with figures when `nil`), judging the loaded `packs`'
    /// strategies on `asOf`.
    ///
    /// The region's authorities are those the statistics place in it with at least one entry in the year that is
    /// not "not applicable" (`z`): an authority that no longer exists (Cumbria from 2024, Northamptonshire from
    /// 2022) or does not exist yet carries only `z`, and is listed in ``leftOut`` instead.
    public init(_ region: RegionChoice, benchmark: Benchmark, measures: [StandardMeasure], year: String?, packs: [AuthorityPack], asOf: PartialDate) {
        self.region = region.name
        self.year = year
        self.asOf = asOf
        neighbourModel = benchmark.neighbours.model
        var sources: [String: String] = [:]
        for measure in measures { sources[measure.id.rawValue] = benchmark.store.sources[measure.id] }
        self.sources = sources

        // Membership, over every measure with data so that choosing measures does not change who is in the region.
        var seen: [String: (row: DfEObservation, live: Bool)] = [:]
        var names: [String: String] = [:]
        // Each measure's series is indexed once, for membership and for the rows.
        var indexed: [StandardMeasureID: MeasureSeries] = [:]
        for measure in benchmark.measuresWithData {
            let series = benchmark.series(measure, year: year)
            indexed[measure.id] = series
            for row in series.authorities where region.contains(row) {
                guard let key = row.dfeCode ?? row.onsCode else { continue }
                let live = row.value != nil || (row.symbol != nil && row.symbol != "z")
                seen[key] = (seen[key]?.row ?? row, (seen[key]?.live ?? false) || live)
            }
        }
        for subject in benchmark.authoritiesInStatistics { if let code = subject.dfeCode { names[code] = subject.name } }
        let members = seen.values.filter(\.live).map(\.row).sorted { ($0.name, $0.dfeCode ?? "") < ($1.name, $1.dfeCode ?? "") }
        leftOut = seen.values.filter { !$0.live }.map(\.row).sorted { $0.name < $1.name }.map {
            LeftOut(name: $0.name, dfeCode: $0.dfeCode, reason: "only \"not applicable\" (z) entries in the year: the authority no longer exists, or does not exist yet")
        }

        // Packs by code, so matching stays linear in packs and authorities.
        var packsByCode: [String: [Int]] = [:]
        for (index, pack) in packs.enumerated() {
            for code in Set([pack.codes.dfe.map { "dfe:" + $0 }, pack.codes.ons.map { "ons:" + $0 }].compactMap { $0 }) { packsByCode[code, default: []].append(index) }
        }
        var subjects: [BenchmarkSubject] = []
        authorities = members.map { row in
            let places = (row.dfeCode.flatMap { packsByCode["dfe:" + $0] } ?? []) + (row.onsCode.flatMap { packsByCode["ons:" + $0] } ?? [])
            let matching = Array(Set(places)).sorted().map { packs[$0] }
            subjects.append(BenchmarkSubject(authority: matching.first?.id, dfeCode: row.dfeCode, onsCode: row.onsCode, name: row.name, region: row.regionName))
            let neighbourCodes = row.dfeCode.flatMap { benchmark.neighbours.lists[$0] } ?? []
            return Member(name: row.name, dfeCode: row.dfeCode, onsCode: row.onsCode, regionLabel: row.regionName,
                          strategies: matching.map { RegionStrategy($0, asOf: asOf) },
                          strategyNote: matching.isEmpty ? Absent.noStrategyLoaded : nil,
                          neighbours: neighbourCodes.map { names[$0] ?? $0 },
                          neighboursNote: neighbourCodes.isEmpty ? Absent.noNeighbours : nil)
        }

        self.measures = measures.map { measure in
            let series = indexed[measure.id] ?? benchmark.series(measure, year: year)
            let rows = benchmark.rows(measure, series: series, subjects: subjects)
            // Within the region, ranked exactly when ranked nationally (a figure, a ranked measure, enough figures).
            let ranked = rows.map { $0.rank == nil ? nil : $0.value }
            let ranks = Ranking.ranks(ranked, polarity: measure.polarity)
            let count = ranked.compactMap { $0 }.count
            let regionFigure = series.regions[region.name.lowercased()] ?? nil
            return Measure(
                measure: measure.id, year: series.period, region: regionFigure,
                regionNote: regionFigure == nil ? Absent.noRegionFigure(region.name) : nil, england: series.england,
                rows: zip(rows, ranks).map { row, rank in
                    Row(benchmark: row, regionRank: rank > 0 ? rank : nil, regionOf: rank > 0 ? count : nil, regionRankNote: rank > 0 ? nil : row.rankNote ?? Absent.noFigureToRank)
                }
            )
        }
    }
}
