/// Where an entry stands in its pack's JSON, kept as a link to where its parent stands, so that indexing a pack
/// makes no strings; ``description`` spells the path (`sections[1].content[0].item.content[3].action`) when a
/// finding needs it.
public final class EntryPath: Sendable, CustomStringConvertible {
    private let parent: EntryPath?
    /// The step from the parent: a key (`"content"`, `"item"`) or, when `key` is nil, an index.
    private let key: String?
    private let index: Int

    init(_ parent: EntryPath?, key: String) {
        self.parent = parent
        self.key = key
        index = 0
    }

    init(_ parent: EntryPath?, index: Int) {
        self.parent = parent
        key = nil
        self.index = index
    }

    /// The path as `cps validate` prints it.
    public var description: String {
        var steps: [EntryPath] = []
        var link: EntryPath? = self
        while let current = link {
            steps.append(current)
            link = current.parent
        }
        var text = ""
        for step in steps.reversed() {
            if let key = step.key {
                text += text.isEmpty ? key : "." + key
            } else {
                text += "[\(step.index)]"
            }
        }
        return text
    }
}
