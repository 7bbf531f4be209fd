/// A coding path kept as a link to the path above it, so that decoding a nested value never copies the keys above
/// it; the array `Decoder.codingPath` asks for is made only when something asks (an error, a noted string).
final class CodingPathLink {
    let parent: CodingPathLink?
    let key: any CodingKey

    init(parent: CodingPathLink?, key: any CodingKey) {
        self.parent = parent
        self.key = key
    }

    /// The path from the top, as an array.
    var path: [any CodingKey] {
        var keys: [any CodingKey] = []
        var link: CodingPathLink? = self
        while let current = link {
            keys.append(current.key)
            link = current.parent
        }
        return keys.reversed()
    }

    /// The link for a path given as an array (`nil` for the top).
    static func make(_ path: [any CodingKey]) -> CodingPathLink? {
        path.reduce(nil) { CodingPathLink(parent: $0, key: $1) }
    }
}
