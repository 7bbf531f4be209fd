/// An entry `cps draft` proposed from a strategy's text that nobody has confirmed yet.
///
/// In JSON it wraps the entry it proposes; confirming it is replacing the wrapper by the entry inside (or
/// `cps draft --review --accept`):
///
/// ```json
/// {"draft": {"lines": {"from": 212, "to": 214}, "suggestions": ["domain adulthood from \"Staying Put\""],
///            "entry": {"action": {"kind": "commitment", "text": "Support young people to stay put until 21."}}}}
/// ```
///
/// Commands other than `validate` and `draft --review` refuse a pack holding one unless `--include-drafts` is given.
public struct DraftEntry: Codable, Equatable, Sendable {
    /// The lines of the source document it was drafted from.
    public var lines: LineRange
    /// What the drafter suggested rather than read, in words (a mapping with basis `suggested`, a standard measure).
    public var suggestions: [String]
    /// The entry as drafted.
    public var entry: Entry

    /// Creates a draft entry.
    public init(lines: LineRange, suggestions: [String] = [], entry: Entry) {
        self.lines = lines
        self.suggestions = suggestions
        self.entry = entry
    }
}
