import CorporateParenting

/// The words `cps show` and `cps render` use for the parts of a schema 2 pack, so both say a thing the same way and
/// neither says more than the pack does: a planned role says "planned", a judged mapping says whose judgement it is.
public enum PackText {
    /// "Priority 1: Being Heard", "1) Achieving Permanence", or the title alone when no label is printed.
    public static func title(_ item: Item) -> String {
        guard let label = item.label, !label.isEmpty, !item.title.hasPrefix(label) else { return item.title }
        return label.last.map { ":.)".contains($0) } == true ? "\(label) \(item.title)" : "\(label): \(item.title)"
    }

    /// Who says a mapping: "The document states" or "Encoder's judgement".
    public static func basis(_ basis: MappingBasis) -> String {
        switch basis {
        case .stated: "The document states"
        case .judged: "Encoder's judgement"
        case .suggested: "Suggested by cps draft"
        }
    }

    /// "principles 2, 3; domains Voice and participation", with the document's words quoted or the encoder's
    /// reason in brackets.
    public static func mapping(_ mapping: Mapping, framework: OutcomeFramework) -> String {
        var parts: [String] = []
        if !mapping.principles.isEmpty {
            parts.append((mapping.principles.count == 1 ? "principle " : "principles ")
                + mapping.principles.map(\.description).joined(separator: ", "))
        }
        if !mapping.domains.isEmpty {
            parts.append((mapping.domains.count == 1 ? "domain " : "domains ")
                + mapping.domains.map { framework.domain($0)?.title ?? $0.rawValue }.joined(separator: ", "))
        }
        var text = parts.isEmpty ? "nothing named" : parts.joined(separator: "; ")
        if let note = mapping.note, !note.isEmpty {
            text += mapping.basis == .stated ? " — “\(note)”" : " (\(note))"
        }
        return text
    }

    /// Each mapping on a line of its own: "Encoder's judgement: principles 2, 3".
    public static func mappingLines(_ mappings: [Mapping], framework: OutcomeFramework) -> [String] {
        mappings.map { basis($0.basis) + ": " + mapping($0, framework: framework) }
    }

    /// "72% (share; children in care; the council; 2023)": a figure with its kind, group, whose it is and its
    /// period, each only when the pack holds it. `printed` leaves out what is the encoder's classification (the
    /// kind, and whose it is when it is the council's own), for a rendered document.
    public static func figure(_ figure: Figure, printed: Bool = false) -> String {
        let value = (figure.qualifier.map { $0 + " " } ?? "") + NumberFormat.withUnit(figure.value, figure.unit)
        let whose = figure.scope == .otherAuthority ? figure.area ?? figure.scope.display : figure.scope.display
        let details = printed
            ? [figure.group, figure.scope == .authority ? nil : whose, figure.period].compactMap { $0 }
            : [figure.kind?.rawValue, figure.group, whose, figure.period].compactMap { $0 }
        return value + (details.isEmpty ? "" : " (" + details.joined(separator: "; ") + ")") + (figure.text.map { ": “\($0)”" } ?? "")
    }

    /// "12% (2021) “To monitor service provision annually with 2021 baseline.”".
    public static func baseline(_ baseline: Baseline) -> String {
        let value = baseline.value.map { NumberFormat.withUnit($0, baseline.unit) }
        let head = [value, baseline.period.map { "(\($0))" }].compactMap { $0 }.joined(separator: " ")
        return (head.isEmpty ? "" : head + " ") + "“\(baseline.wording)”"
    }

    /// "quarterly (4 a year)", or the words alone where they fix no count.
    public static func meets(_ frequency: MeetingFrequency) -> String {
        frequency.wording + (frequency.perYear.map { " (\($0) a year)" } ?? "")
    }

    /// "Lead Member (planned; “will join”)": a holder with its status unless in place, and its wording.
    public static func held(_ holder: String, status: FactStatus, wording: String?) -> String {
        let details = [status == .inPlace ? nil : name(status), wording.map { "“\($0)”" }].compactMap { $0 }
        return holder + (details.isEmpty ? "" : " (" + details.joined(separator: "; ") + ")")
    }

    /// A delivery status: "in progress “On track” (as of 2025-03)".
    public static func status(_ status: DeliveryStatus) -> String {
        var text = name(status.state)
        if let wording = status.wording { text += " “\(wording)”" }
        if let asOf = status.asOf { text += " (as of \(asOf))" }
        return text
    }

    /// "ages 0-18; groups: care leavers; 250 children in care (count; the council)".
    public static func scopeDetails(_ scope: StrategyScope) -> String {
        var parts: [String] = []
        if let ages = scope.ages { parts.append("ages \(ages)") }
        if !scope.groups.isEmpty { parts.append("groups: " + scope.groups.joined(separator: "; ")) }
        parts += scope.figures.map { figure($0) }
        return parts.joined(separator: "; ")
    }
}
