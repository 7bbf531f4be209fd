/// A key noted while reading a pack, with its path and byte offset.
public struct KeyNote: Equatable, Sendable {
    /// The key's path, such as `sections[0].content[0].item.titel`.
    public var path: String
    /// Where its value (or, for a repeated key, the key) starts.
    public var offset: Int

    /// Creates a note.
    public init(path: String, offset: Int) {
        self.path = path
        self.offset = offset
    }
}
