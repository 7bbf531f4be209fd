import CorporateParenting

extension Middlesbrough {
    /// The title page: "Corporate Parenting Strategy" / "2018 - 2021" (the period is the document's), then "In
    /// partnership with" over the partners' logos, which did not survive extraction: captured in part.
    @PackContent static var titlePage: [Entry] {
        Section("Corporate Parenting Strategy", line: 3, capture: .partial) {
            Context("In partnership with")
        }
    }
}
