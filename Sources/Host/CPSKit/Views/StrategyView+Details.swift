import CorporateParenting
import CPSEngine

extension StrategyView {
    /// An action's accountability, as printed: owner, timeline, due date, expected outcome, status, links and
    /// mappings, each line only when the pack holds it.
    func actionDetails(_ action: Action) -> [String] {
        var accountability: [String] = []
        if let owner = action.owner { accountability.append("owner: \(owner)") }
        if let timeline = action.timeline { accountability.append("timeline: \(timeline)") }
        if let due = action.due { accountability.append("due: \(due)") }
        if let status = action.status { accountability.append("status: " + PackText.status(status)) }
        var lines = accountability.isEmpty ? [] : [accountability.joined(separator: "; ")]
        if let outcome = action.expectedOutcome { lines.append("expected outcome: \(outcome)") }
        if !action.links.isEmpty { lines.append("links to: " + action.links.joined(separator: "; ")) }
        lines += PackText.mappingLines(action.mappings, framework: framework)
        if action.cutOff == true { lines.append("cut off") }
        return lines
    }

    /// Evidence's purpose first (monitored or quoted as context), then what the pack holds of its measure, target,
    /// baseline and figures.
    func evidenceDetails(_ evidence: Evidence) -> [String] {
        var first = [PackText.name(evidence.purpose)]
        if let standard = evidence.standardMeasure {
            first.append("standard measure: " + standard.rawValue + (framework.measure(standard).map { " (\($0.title))" } ?? ""))
        }
        if let unit = evidence.unit { first.append("unit: \(unit.rawValue)") }
        if let polarity = evidence.polarity { first.append("polarity: \(polarity.rawValue)") }
        if let domain = evidence.domain { first.append("domain: " + (framework.domain(domain)?.title ?? domain.rawValue)) }
        if let frequency = evidence.frequency { first.append("frequency: \(frequency)") }
        if let id = evidence.id { first.append("id: \(id)") }
        var lines = [first.joined(separator: "; ")]
        if let definition = evidence.definition { lines.append("defined as: \(definition)") }
        if let target = evidence.target {
            lines.append("target: " + target.display + (target.by.map { " by \($0)" } ?? ""))
        }
        if let baseline = evidence.baseline { lines.append("baseline: " + PackText.baseline(baseline)) }
        lines += evidence.figures.map { "figure: " + PackText.figure($0) }
        if evidence.cutOff == true { lines.append("cut off") }
        return lines
    }
}

extension Target {
    /// "100% (“wording”)", "decrease (“wording”)", or the wording alone.
    var display: String {
        if let value { return NumberFormat.withUnit(value, unit) + " (\"\(wording)\")" }
        if let direction { return direction.rawValue + " (\"\(wording)\")" }
        return "\"\(wording)\""
    }

    /// "100%", "decrease", or the wording when it gives neither.
    var short: String {
        value.map { NumberFormat.withUnit($0, unit) } ?? direction?.rawValue ?? wording
    }
}

