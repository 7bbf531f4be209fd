/// One pack's validation timed: in process (read, decode, every rule, lines and columns, the cap), as a
/// `cps validate` process, and in the Python reference.
struct FindingsTiming {
    var kind: FindingsCorpus.Kind
    var findings: Int
    var bytes: Int
    var milliseconds: Double
    var processMilliseconds: Double
    var checksum: String
    var python: Double?
    var pythonChecksum: String?

    /// Microseconds per finding.
    func perFinding(_ milliseconds: Double) -> String { String(format: "%.2f µs", milliseconds * 1000 / Double(findings)) }
}
