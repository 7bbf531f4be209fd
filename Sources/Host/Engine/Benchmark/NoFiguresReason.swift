/// Why `cps says-does` has no figure at all for a council.
public enum NoFiguresReason: String, Codable, Sendable {
    /// The pack gives neither a DfE nor an ONS code, so no figure can be found for it.
    case noCode
    /// The pack's codes are not in DfE's list of local authorities.
    case notInDfEList
    /// The council is in DfE's list, but the statistics loaded hold no row for it on any measure.
    case notInStatistics
}
