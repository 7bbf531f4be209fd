import CPSEngine
/// Why a document cannot be drafted from; each says what is wrong in one sentence.
public enum DraftProblem: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file holds no bytes, or only white space.
    case empty
    /// The file holds bytes no text file holds (NUL bytes, say), so it is not text.
    case binary
    /// The bytes are not UTF-8 text.
    case notUTF8(offset: Int)
    /// The text holds no line that could be drafted from (markup only, say).
    case nothingToDraft

    /// The problem as the clause after the file's name.
    public var description: String {
        switch self {
        case .empty: "the file is empty, so there is nothing to draft from"
        case .binary: "the file is binary (it holds NUL bytes), not text; save the document as text, Markdown or HTML first"
        case .notUTF8(let offset): "the file is not UTF-8 text (byte \(offset) is not part of a UTF-8 character); save it as UTF-8 text first"
        case .nothingToDraft: "the file holds no text to draft from once its markup is set aside"
        }
    }
}
