/// An authority to benchmark: one the catalog holds (with its pack's id) or one named by `--la`.
public struct BenchmarkSubject: Sendable, Equatable {
    /// The pack's id, or `nil` for an authority only in the statistics.
    public var authority: String?
    /// Its DfE code.
    public var dfeCode: String?
    /// Its ONS code.
    public var onsCode: String?
    /// Its name.
    public var name: String
    /// Its region, when known.
    public var region: String?

    /// Creates a subject.
    public init(authority: String?, dfeCode: String?, onsCode: String?, name: String, region: String?) {
        self.authority = authority
        self.dfeCode = dfeCode
        self.onsCode = onsCode
        self.name = name
        self.region = region
    }

    /// The authority a profiled pack describes, named by the profile's label.
    public init(_ profile: PackProfile) {
        self.init(authority: profile.pack.id, dfeCode: profile.pack.codes.dfe, onsCode: profile.pack.codes.ons, name: profile.label, region: profile.pack.region)
    }

    /// Whether a row of the statistics is about this authority.
    func matches(_ observation: DfEObservation) -> Bool {
        guard observation.geographicLevel == .localAuthority else { return false }
        if let dfeCode, observation.dfeCode == dfeCode { return true }
        if let onsCode, observation.onsCode == onsCode { return true }
        return false
    }
}
