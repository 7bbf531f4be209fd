/// What a validation rule is: the source of `cps validate --rules`, the docs and the rule's own test.
public struct RuleDescription: Sendable {
    /// A stable id, such as `unknown-principle`.
    public var id: String
    /// A short name.
    public var name: String
    /// How serious its findings are.
    public var severity: Severity
    /// One line saying what it checks.
    public var summary: String
    /// A change to a clean pack that triggers it.
    public var example: RuleExample
}

/// A change that makes a clean pack break a rule: the value at `path` becomes `json` (a key that does not exist
/// yet is added).
public struct RuleExample: Sendable {
    /// Where to change the clean pack, such as `sections[0].content[0].item.mappings[0].principles` (`""` for the whole pack).
    public var path: String
    /// The JSON to put there.
    public var json: String

    /// Creates an example.
    public init(_ path: String, _ json: String) {
        self.path = path
        self.json = json
    }

    /// `"sections[0].content[0].item.mappings[0].principles": [9]`, as the docs show it.
    public var display: String { "\"\(path)\": \(json)" }
}
