import CorporateParenting

/// One measure's DfE series indexed once for benchmarking many authorities: the period benchmarked, that period's
/// local authority figures by code, England's and each region's figure, the ranks, and each authority's rows over
/// the years.
struct MeasureSeries {
    let observations: [DfEObservation]
    let period: String?
    /// The period's local authority rows, in file order.
    let authorities: [DfEObservation]
    /// The period's local authorities with a figure, keyed as ranks are.
    let numeric: [(code: String, value: Double)]
    let ranks: [String: Int]
    let england: Double?
    /// Each lower-cased region name's figure in the period (the first row for it).
    let regions: [String: Double?]
    /// Places in ``authorities`` by DfE code and by ONS code (the first for each).
    let authorityByDfE: [String: Int], authorityByONS: [String: Int]
    /// Places in ``observations`` of each local authority's rows in any period, by DfE code and by ONS code.
    let rowsByDfE: [String: [Int]], rowsByONS: [String: [Int]]

    init(_ observations: [DfEObservation], measure: StandardMeasure, year: String?, minimumRanked: Int) {
        self.observations = observations
        let periods = Array(Set(observations.map(\.timePeriod))).sorted()
        period = year.flatMap { Benchmark.period(for: $0, among: periods) } ?? (year == nil ? periods.last : nil)
        var authorities: [DfEObservation] = []
        var england: Double??
        var regions: [String: Double?] = [:]
        var rowsByDfE: [String: [Int]] = [:], rowsByONS: [String: [Int]] = [:]
        for (index, row) in observations.enumerated() {
            switch row.geographicLevel {
            case .localAuthority:
                if let code = row.dfeCode { rowsByDfE[code, default: []].append(index) }
                if let code = row.onsCode { rowsByONS[code, default: []].append(index) }
                if row.timePeriod == period { authorities.append(row) }
            case .national:
                if row.timePeriod == period, england == nil { england = row.value }
            case .regional:
                if row.timePeriod == period {
                    let key = row.name.lowercased()
                    if regions[key] == nil { regions[key] = row.value }
                }
            }
        }
        self.authorities = authorities
        self.england = england ?? nil
        self.regions = regions
        self.rowsByDfE = rowsByDfE
        self.rowsByONS = rowsByONS
        numeric = authorities.compactMap { row in row.value.map { (code: row.dfeCode ?? row.onsCode ?? row.name, value: $0) } }
        ranks = numeric.count >= minimumRanked ? Ranking.ranks(numeric, polarity: measure.polarity) : [:]
        var byDfE: [String: Int] = [:], byONS: [String: Int] = [:]
        for (index, row) in authorities.enumerated() {
            if let code = row.dfeCode, byDfE[code] == nil { byDfE[code] = index }
            if let code = row.onsCode, byONS[code] == nil { byONS[code] = index }
        }
        authorityByDfE = byDfE
        authorityByONS = byONS
    }

    /// The subject's row in the period: the first local authority row matching its DfE or its ONS code.
    func own(_ subject: BenchmarkSubject) -> DfEObservation? {
        let places = [subject.dfeCode.flatMap { authorityByDfE[$0] }, subject.onsCode.flatMap { authorityByONS[$0] }].compactMap { $0 }
        return places.min().map { authorities[$0] }
    }

    /// The first local authority row in the period with this DfE code.
    func authority(dfeCode: String) -> DfEObservation? {
        authorityByDfE[dfeCode].map { authorities[$0] }
    }

    /// The subject's rows in every period, in file order.
    func rows(_ subject: BenchmarkSubject) -> [DfEObservation] {
        let byDfE = subject.dfeCode.flatMap { rowsByDfE[$0] } ?? []
        let byONS = subject.onsCode.flatMap { rowsByONS[$0] } ?? []
        let places = byONS.isEmpty ? byDfE : byDfE.isEmpty ? byONS : Array(Set(byDfE + byONS)).sorted()
        return places.map { observations[$0] }
    }
}
