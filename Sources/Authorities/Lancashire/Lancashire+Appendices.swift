import CorporateParenting

extension Lancashire {
    /// "Corporate Parenting Appendices": a divider page with no content of its own. The contents page omits it and
    /// lists the appendices at the level of sections 1-5, so the appendices follow it as parts of their own.
    @PackContent
    static var appendices: [Entry] {
        Section("Corporate Parenting Appendices", line: 359)
    }
}
