import CorporateParenting

/// One measure's DfE series indexed once for benchmarking many authorities: the period benchmarked, that period's
/// local authority figures, England's and each region's figure, the ranks, and each authority's rows over the
/// years. Codes are numbered once (see ``ValueInterner``), so each authority benchmarked costs a few lookups.
struct MeasureSeries {
    let observations: [DfEObservation]
    let period: String?
    /// The period's local authority rows, in file order.
    let authorities: [DfEObservation]
    /// For each of ``authorities``, its rank (0 when unranked).
    let ranks: [Int]
    /// How many authorities have a figure in the period.
    let ranked: Int
    let england: Double?
    /// Each lower-cased region name's figure in the period (the first row for it).
    let regions: [String: Double?]
    /// DfE and ONS codes, numbered.
    let dfeCodes: ValueInterner, onsCodes: ValueInterner
    /// By code number, the first place in ``authorities`` with that code (-1 for none).
    let authorityByDfE: [Int], authorityByONS: [Int]
    /// By code number, the places in ``observations`` of the authority's rows in any period.
    let rowsByDfE: [[Int]], rowsByONS: [[Int]]

    init(_ observations: [DfEObservation], measure: StandardMeasure, year: String?, minimumRanked: Int) {
        self.observations = observations
        var periods: [String] = []
        for row in observations where periods.last != row.timePeriod && !periods.contains(row.timePeriod) { periods.append(row.timePeriod) }
        periods.sort()
        // With no year asked for, the latest period with a figure: a period DfE holds only as "not available" (x),
        // such as Progress 8 for 2024/25, is not "the latest figures".
        let withFigures = Set(observations.lazy.filter { $0.value != nil }.map(\.timePeriod))
        period = year.flatMap { Benchmark.period(for: $0, among: periods) } ?? (year == nil ? periods.last { withFigures.contains($0) } ?? periods.last : nil)
        var authorities: [DfEObservation] = []
        var england: Double??
        var regions: [String: Double?] = [:]
        var dfeCodes = ValueInterner(), onsCodes = ValueInterner()
        var rowsByDfE: [[Int]] = [], rowsByONS: [[Int]] = []
        var authorityByDfE: [Int] = [], authorityByONS: [Int] = []
        func file(_ code: String?, _ index: Int, current: Bool, in codes: inout ValueInterner, _ rows: inout [[Int]], _ first: inout [Int]) {
            guard let code else { return }
            let number = codes.number(code)
            if number == rows.count {
                rows.append([])
                first.append(-1)
            }
            rows[number].append(index)
            if current, first[number] < 0 { first[number] = authorities.count }
        }
        for (index, row) in observations.enumerated() {
            let current = row.timePeriod == period
            switch row.geographicLevel {
            case .localAuthority:
                file(row.dfeCode, index, current: current, in: &dfeCodes, &rowsByDfE, &authorityByDfE)
                file(row.onsCode, index, current: current, in: &onsCodes, &rowsByONS, &authorityByONS)
                if current { authorities.append(row) }
            case .national:
                if current, england == nil { england = row.value }
            case .regional:
                if current {
                    let key = row.name.lowercased()
                    if regions[key] == nil { regions[key] = row.value }
                }
            }
        }
        self.authorities = authorities
        self.england = england ?? nil
        self.regions = regions
        self.dfeCodes = dfeCodes
        self.onsCodes = onsCodes
        self.rowsByDfE = rowsByDfE
        self.rowsByONS = rowsByONS
        self.authorityByDfE = authorityByDfE
        self.authorityByONS = authorityByONS
        let values = authorities.map(\.value)
        ranked = values.lazy.compactMap { $0 }.count
        ranks = ranked >= minimumRanked ? Ranking.ranks(values, polarity: measure.polarity) : Array(repeating: 0, count: authorities.count)
    }

    /// The place in ``authorities`` of the subject's row in the period: the first matching its DfE or ONS code.
    func ownPlace(_ subject: BenchmarkSubject) -> Int? {
        let byDfE = subject.dfeCode.flatMap { dfeCodes.lookup($0) }.map { authorityByDfE[$0] } ?? -1
        let byONS = subject.onsCode.flatMap { onsCodes.lookup($0) }.map { authorityByONS[$0] } ?? -1
        let places = [byDfE, byONS].filter { $0 >= 0 }
        return places.min()
    }

    /// The figure in the period of the first authority with this DfE code.
    func value(dfeCode: String) -> Double? {
        guard let number = dfeCodes.lookup(dfeCode), authorityByDfE[number] >= 0 else { return nil }
        return authorities[authorityByDfE[number]].value
    }

    /// The subject's rows in every period (those matching its DfE or its ONS code), in file order.
    func rows(_ subject: BenchmarkSubject) -> [DfEObservation] {
        let byDfE = subject.dfeCode.flatMap { dfeCodes.lookup($0) }.map { rowsByDfE[$0] } ?? []
        let byONS = subject.onsCode.flatMap { onsCodes.lookup($0) }.map { rowsByONS[$0] } ?? []
        guard !byDfE.isEmpty, !byONS.isEmpty, byDfE != byONS else { return (byDfE.isEmpty ? byONS : byDfE).map { observations[$0] } }
        // Both lists are in file order: merge them, keeping a row both hold once.
        var places: [Int] = []
        var i = 0, j = 0
        while i < byDfE.count || j < byONS.count {
            let next = j == byONS.count || (i < byDfE.count && byDfE[i] <= byONS[j]) ? byDfE[i] : byONS[j]
            if i < byDfE.count, byDfE[i] == next { i += 1 }
            if j < byONS.count, byONS[j] == next { j += 1 }
            places.append(next)
        }
        return places.map { observations[$0] }
    }
}
