import CorporateParenting

extension Item {
    /// Whether the item is not yet the council's: its title is still a `cps init` prompt, or it sits in a draft
    /// entry (its JSON path, `path`, passes through a `draft`).
    public func isUnfilled(at path: String) -> Bool {
        title.hasPrefix(FlaggedText.marker) || path.contains(".draft.") || path.hasPrefix("draft.")
    }
}
