/// Why a measure appears in a document.
public enum MeasurePurpose: String, Codable, CaseIterable, Sendable {
    /// The strategy commits to monitor or report it.
    case monitor
    /// The document reports it as context (the local or national picture) without committing to track it.
    case context
}
