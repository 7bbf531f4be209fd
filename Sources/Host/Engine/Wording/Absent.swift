/// The words results use where a document states nothing, so every renderer (and the HTML report's styling)
/// can make an absence stand out without relying on colour.
public enum Absent {
    /// A fact the document does not state.
    public static let notStated = "not stated"
    /// A list the document leaves empty.
    public static let none = "none"

    /// Whether a cell says something is absent.
    public static func isAbsent(_ text: String) -> Bool { text == notStated || text == none }
}
