import CorporateParenting
import CPSEngine

/// What `cps gaps --rules` prints: every gap rule with its id, name, severity, what it checks, and the changes
/// to a clean sample strategy that do and do not trigger it. It is the source of `docs/gap-rules.md`.
public struct GapRulesView: Renderable {
    /// The rules' descriptions, in registry order.
    public var rules: [CheckDescription]

    /// Creates the view.
    public init(rules: [CheckDescription]) {
        self.rules = rules
    }

    /// Encodes as an array of rules, each with its examples as `path`, `json` and any `more` changes.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.unkeyedContainer()
        for rule in rules {
            try container.encode(Rule(id: rule.id, name: rule.name, severity: rule.severity, summary: rule.summary,
                                      triggering: rule.triggering, nonTriggering: rule.nonTriggering))
        }
    }

    struct Rule: Encodable {
        var id: String
        var name: String
        var severity: Severity
        var summary: String
        var triggering: [CheckExample]
        var nonTriggering: [CheckExample]
    }

    /// The rules as a table, after what they are measured against.
    public func document() -> Document {
        Document(title: "Gap rules (\(rules.count))", blocks: [
            .paragraph("`cps gaps` checks each strategy against these rules and reports what it finds, most serious first (error, then warning, then info; then in the order below), each finding with the rule's id and one sentence. The rules ask what a reviewer or a corporate parenting board asks of a strategy, read against the statutory guidance \"Applying corporate parenting principles to looked-after children and care leavers\" (Department for Education, February 2018), which sets out the seven corporate parenting principles of section 1 of the Children and Social Work Act 2017, and against section 2 of that Act, under which every council publishes a local offer for care leavers."),
            .paragraph("A finding says what the document, as the pack captures it, does not state. Where the pack does not capture the whole document, a finding of an absence says \"not captured\" or that it may be in what is not captured, and partial-capture says so once. Findings about many entries (items without a monitored metric, metrics without a target, actions without an owner) are one finding per strategy that counts and names them, so a longer document does not show more gaps merely by being longer."),
            .paragraph("Each example is a change to a small, clean sample strategy that no rule finds anything in, judged on \(GapSample.asOf); changes joined by \";\" are made together. The rules' tests are generated from these examples: each triggering change must make its rule fire, and each non-triggering change must not."),
            .table(Table(
                columns: ["Rule", "Name", "Severity", "Checks", "Triggered by", "Not triggered by"],
                rows: rules.map { [$0.id, $0.name, $0.severity.rawValue, $0.summary, CheckExample.numbered($0.triggering), CheckExample.numbered($0.nonTriggering)] }
            )),
        ])
    }
}
