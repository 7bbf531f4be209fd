import CorporateParenting

/// A change to a clean sample pack: the value at `path` becomes `json` (a key that does not exist yet is added;
/// `""` replaces the whole pack), then any further changes in ``more``. It encodes as `path`, `json` and `more`.
public struct CheckExample: Sendable, Encodable {
    /// Where to change the clean pack, such as `sections[0].content[0].item.mappings[0].principles` (`""` for the whole pack).
    public var path: String
    /// The JSON to put there.
    public var json: String
    /// Further changes made after this one, for an example that needs two.
    public var more: [CheckExample]

    /// Creates an example of one change, or of several.
    public init(_ path: String, _ json: String, and more: CheckExample...) {
        self.path = path
        self.json = json
        self.more = more
    }

    /// `"sections[0].content[0].item.mappings[0].principles": [9]`, as the docs show it; several changes are
    /// joined with "; ".
    public var display: String {
        ([self] + more).map { "\"\($0.path)\": \($0.json)" }.joined(separator: "; ")
    }

    /// `pack` with the change made, or `nil` when a path does not lead through it or the JSON does not parse.
    public func applied(to pack: JSONValue) -> JSONValue? {
        guard let value = try? JSONParser.parse(Array(json.utf8)), var changed = pack.setting(path, to: value) else { return nil }
        for next in more {
            guard let further = next.applied(to: changed) else { return nil }
            changed = further
        }
        return changed
    }
}
