/// One timed phase.
struct Phase {
    var key: String
    var name: String
    var milliseconds: Double
    var bytes: Int?
    var items: Int?
    var checksum: String
    /// Whether it is a floor to compare with rather than work cps does.
    var floor: Bool
    var python: Double?
    var pythonChecksum: String?
}

/// Every phase at one scale.
struct ScaleResult {
    var packs: Int
    var bytes = 0
    var phases: [Phase] = []
    /// Peak resident memory of the largest `cps report` run, in megabytes.
    var reportMemory: Double?
    /// Peak resident memory of the Python reference's report, in megabytes.
    var pythonReportMemory: Double?

    init(packs: Int) { self.packs = packs }

    var megabytes: Double { Double(bytes) / 1_000_000 }
}
