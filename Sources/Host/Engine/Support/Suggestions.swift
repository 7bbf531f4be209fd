import CorporateParenting

/// Finds the known names nearest a mistyped one, for "did you mean" hints.
public enum Suggestions {
    /// Up to `limit` candidates within a small edit distance of `given`, nearest first, then alphabetically; a
    /// candidate that starts with or contains `given` counts as near.
    public static func nearest(to given: String, among candidates: [String], limit: Int = 3) -> [String] {
        let target = given.lowercased()
        let length = target.count
        let threshold = max(2, length / 3)
        let scored = candidates.map { candidate -> (String, Int) in
            let name = candidate.lowercased()
            if name.hasPrefix(target) || (length >= 3 && name.contains(target)) { return (candidate, 0) }
            // Lengths further apart than the threshold are too far, and a long given name costs nothing more.
            if abs(name.count - length) > threshold { return (candidate, threshold + 1) }
            return (candidate, distance(target, name))
        }
        return scored.filter { $0.1 <= threshold }
            .sorted { ($0.1, $0.0) < ($1.1, $1.0) }
            .prefix(limit)
            .map(\.0)
    }

    /// The Levenshtein distance between two strings, by characters.
    public static func distance(_ a: String, _ b: String) -> Int {
        NearestKey.distance(a, b)
    }
}
