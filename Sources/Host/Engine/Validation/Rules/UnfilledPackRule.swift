import CorporateParenting

/// A pack still holding `cps init`'s prompts or `cps draft`'s unconfirmed entries: one finding for the whole pack.
public struct UnfilledPackRule: ValidationRule {
    public init() {}

    public static let description = CheckDescription(
        id: "unfilled-pack", name: "Pack not yet filled in", severity: .warning,
        summary: "A pack with prompts still reading \"TO BE COMPLETED\" or draft entries is not yet the council's strategy: other commands refuse it unless --include-drafts is given.",
        triggering: [CheckExample("document.title", "\"TO BE COMPLETED: the strategy's title\"")],
        nonTriggering: [CheckExample("document.title", #""Corporate Parenting Strategy""#)]
    )

    public func check(_ input: ValidationInput) -> [Finding] {
        let unfilled = Self.unfilled(input)
        guard unfilled.prompts + unfilled.drafts > 0 else { return [] }
        return [finding("", "This pack is not yet filled in: it holds \(Self.counted(prompts: unfilled.prompts, drafts: unfilled.drafts)); other commands refuse it unless --include-drafts is given.")]
    }

    /// How many prompts still read "TO BE COMPLETED" and how many entries are drafts.
    public static func unfilled(_ input: ValidationInput) -> (prompts: Int, drafts: Int) {
        (input.facts.flaggedTexts.filter { $0.text.hasPrefix(FlaggedText.marker) }.count, input.facts.index.drafts.count)
    }

    /// "3 prompts still reading \"TO BE COMPLETED\" and 1 draft entry", leaving out a count of none.
    public static func counted(prompts: Int, drafts: Int) -> String {
        var parts: [String] = []
        if prompts > 0 { parts.append("\(prompts) \(prompts == 1 ? "prompt" : "prompts") still reading \"TO BE COMPLETED\"") }
        if drafts > 0 { parts.append("\(drafts) draft \(drafts == 1 ? "entry" : "entries") nobody has confirmed") }
        return parts.joined(separator: " and ")
    }
}
