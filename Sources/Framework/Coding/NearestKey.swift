/// Finds the allowed key nearest a mistyped one, for "did you mean" hints; its edit distance serves every such hint.
public enum NearestKey {
    /// The candidate within a small edit distance of `given` (at most 2, or a third of its length), nearest
    /// first, then alphabetically; `nil` when none is that close.
    static func nearest(to given: String, among candidates: [String]) -> String? {
        let target = given.lowercased()
        let length = target.count
        let threshold = max(2, length / 3)
        // Lengths further apart than the threshold are too far, so a long given text is not compared at all.
        return candidates.filter { abs($0.count - length) <= threshold }
            .map { ($0, distance(target, $0.lowercased())) }
            .filter { $0.1 <= threshold }
            .min { ($0.1, $0.0) < ($1.1, $1.0) }?.0
    }

    /// The Levenshtein distance between two strings, by characters.
    public static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = Array(repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
