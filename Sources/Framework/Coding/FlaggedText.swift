/// A text noted while reading a pack: blank, or still to be completed.
public struct FlaggedText: Equatable, Sendable {
    /// The marker `cps init` writes where a council's own words belong.
    public static let marker = "TO BE COMPLETED"

    /// Whether a text is one validation reports: blank (only spaces, tabs and line breaks) or still to be completed.
    @Sendable public static func isFlagged(_ text: String) -> Bool {
        text.utf8.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D } || text.hasPrefix(marker)
    }

    /// The text's path, such as `sections[0].content[0].item.title`.
    public var path: String
    /// The key it is under (for an element of a list, the list's key).
    public var key: String
    /// The text.
    public var text: String

    /// Creates a note.
    public init(path: String, key: String, text: String) {
        self.path = path
        self.key = key
        self.text = text
    }
}
