import CorporateParenting
import CPSEngine

/// What `cps validate --rules` prints: every rule with its id, severity, what it checks and an example that
/// triggers it. It is the source of `docs/validation-rules.md`.
public struct RulesView: Renderable {
    /// The rules' descriptions.
    public var rules: [CheckDescription]

    /// Encodes as an array of rules.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.unkeyedContainer()
        for rule in rules {
            try container.encode(Rule(id: rule.id, name: rule.name, severity: rule.severity, summary: rule.summary,
                                      example: Rule.Example(path: rule.example.path, json: rule.example.json)))
        }
    }

    struct Rule: Encodable {
        struct Example: Encodable {
            var path: String
            var json: String
        }

        var id: String
        var name: String
        var severity: Severity
        var summary: String
        var example: Example
    }

    /// A table of the rules.
    public func document() -> Document {
        Document(title: "Pack validation rules (\(rules.count))", blocks: [
            .paragraph("`cps validate` checks packs against these rules. An error makes it exit 1; a warning is for a person to look at. Each example is a change to a clean pack that triggers the rule."),
            .table(Table(
                columns: ["Rule", "Severity", "Checks", "Triggered by"],
                rows: rules.map { [$0.id, $0.severity.rawValue, $0.summary, $0.example.display] }
            )),
        ])
    }
}
