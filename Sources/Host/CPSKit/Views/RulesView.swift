import CorporateParenting
import CPSEngine

/// What `cps validate --rules` prints: every rule with its id, severity, what it checks, and the changes to a clean
/// pack that do and do not trigger it. It is the source of `docs/validation-rules.md`.
public struct RulesView: Renderable {
    /// The rules' descriptions.
    public var rules: [CheckDescription]

    /// Encodes as an array of rules, each with its first triggering example as `example` (`path`, `json`), and
    /// every example as `triggering` and `nonTriggering` (each `path`, `json` and `more`), as `cps gaps --rules`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.unkeyedContainer()
        for rule in rules {
            try container.encode(Rule(id: rule.id, name: rule.name, severity: rule.severity, summary: rule.summary,
                                      example: Rule.Example(path: rule.example.path, json: rule.example.json),
                                      triggering: rule.triggering, nonTriggering: rule.nonTriggering))
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
        var triggering: [CheckExample]
        var nonTriggering: [CheckExample]
    }

    /// A table of the rules.
    public func document() -> Document {
        Document(title: "Pack validation rules (\(rules.count))", blocks: [
            .paragraph("`cps validate` checks packs against these rules. An error makes it exit 1; a warning is for a person to look at."),
            .paragraph("Each example is a change to a small, clean sample pack that no rule finds anything in; changes joined by \";\" are made together. A change that does not trigger a rule is a near miss of one that does: the same place, with a value just on the allowed side, so the two together show where the rule draws its line. The rules' tests are generated from these examples: each triggering change must make its rule fire, and each non-triggering change must not."),
            .table(Table(
                columns: ["Rule", "Severity", "Checks", "Triggered by", "Not triggered by"],
                rows: rules.map { [$0.id, $0.severity.rawValue, $0.summary, CheckExample.numbered($0.triggering), CheckExample.numbered($0.nonTriggering)] }
            )),
        ])
    }
}
