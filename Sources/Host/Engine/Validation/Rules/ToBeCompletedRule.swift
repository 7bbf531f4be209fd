import CorporateParenting

/// Text left as written by `cps init`.
public struct ToBeCompletedRule: ValidationRule {
    /// The marker `cps init` writes where the council's own words belong.
    public static let marker = FlaggedText.marker

    public init() {}

    public static let description = CheckDescription(
        id: "to-be-completed", name: "To be completed", severity: .warning,
        summary: "Text still reads \"TO BE COMPLETED\", as `cps init` left it.",
        triggering: [CheckExample("document.title", "\"TO BE COMPLETED: the strategy's title\"")],
        nonTriggering: [CheckExample("document.title", #""Corporate Parenting Strategy""#),
                        CheckExample("sections[0].content[0].item.content[1].action.text", #""Agree a pathway plan, to be completed with every young person by 16.""#)]
    )

    public func check(_ input: ValidationInput) -> [Finding] {
        input.facts.flaggedTexts.filter { $0.text.hasPrefix(Self.marker) }.map {
            finding($0.path, "Still to be completed: \($0.text.dropFirst(Self.marker.count).drop { $0 == ":" || $0 == " " }).")
        }
    }
}
