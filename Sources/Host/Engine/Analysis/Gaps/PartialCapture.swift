import CorporateParenting

/// How a pack falls short of capturing its whole document: the document captured in part (or not at all), or
/// whole but with sections not wholly captured.
public struct PartialCapture: Codable, Equatable, Sendable {
    /// How much of the document the pack captures.
    public var document: CaptureExtent
    /// Where the document is captured whole, the headings of the sections that are not, in document order, each
    /// once.
    public var sections: [String]

    /// How `profile`'s pack falls short, or `nil` when it captures the whole document.
    init?(_ profile: PackProfile) {
        document = profile.pack.document.capture
        sections = []
        if document != .whole { return }
        for node in profile.index.outline where node.capture != .whole && !sections.contains(node.heading) {
            sections.append(node.heading)
        }
        if sections.isEmpty { return nil }
    }
}
