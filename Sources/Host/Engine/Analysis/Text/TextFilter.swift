/// Which documents a search may return.
public struct TextFilter: Sendable, Equatable {
    /// The kinds of text to return; every kind when empty.
    public var kinds: Set<TextKind>
    /// The most hits to return.
    public var limit: Int

    /// A filter returning up to `limit` hits of `kinds` (every kind when empty).
    public init(kinds: Set<TextKind> = [], limit: Int = 20) {
        self.kinds = kinds
        self.limit = limit
    }

    func admits(_ kind: TextKind) -> Bool { kinds.isEmpty || kinds.contains(kind) }
}
