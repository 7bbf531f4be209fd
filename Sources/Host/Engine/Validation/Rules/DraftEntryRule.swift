import CorporateParenting

/// An entry `cps draft` proposed that nobody has confirmed yet.
public struct DraftEntryRule: ValidationRule {
    public init() {}

    public static let description = CheckDescription(
        id: "draft-entry", name: "Draft entry", severity: .warning,
        summary: "An entry `cps draft` proposed is not yet confirmed: check it against the document, then replace the draft by the entry inside.",
        triggering: [CheckExample("sections[0].content[0].item.content[0]",
                             #"{"draft": {"lines": {"from": 12, "to": 14}, "suggestions": [], "entry": {"narrative": {"kind": "aim", "text": "Every child is heard."}}}}"#)],
        nonTriggering: [CheckExample("sections[0].content[0].item.content[0]", #"{"narrative": {"kind": "aim", "text": "Every child is heard."}}"#)]
    )

    public func check(_ input: ValidationInput) -> [Finding] {
        let index = input.facts.index
        return index.drafts.map { placed in
            let lines = placed.value.lines
            let span = lines.from == lines.to ? "line \(lines.from)" : "lines \(lines.from)-\(lines.to)"
            let heading = index.node(placed.section).map { " under \"\($0.heading)\"" } ?? ""
            let suggested = placed.value.suggestions.isEmpty ? "" : " (with \(placed.value.suggestions.count) suggested \(placed.value.suggestions.count == 1 ? "mapping or measure" : "mappings or measures"))"
            return finding(placed.path, "The \(placed.value.entry.key) drafted from \(span) of the document\(heading)\(suggested) is not yet confirmed.")
        }
    }
}
