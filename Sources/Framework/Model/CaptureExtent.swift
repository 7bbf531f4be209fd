/// How much of a document, or of one of its sections, a pack holds.
public enum CaptureExtent: String, Codable, CaseIterable, Sendable {
    /// All of it.
    case whole
    /// Part of it: pages cut off, or only some of its content encoded.
    case partial
    /// None of it: the heading is known but its content was not captured.
    case none
}
