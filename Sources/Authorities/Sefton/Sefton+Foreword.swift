import CorporateParenting

extension Sefton {
    /// The cover: the strategy's title and years. The document states no review or approval date and no status.
    @ContentBuilder<PackElement>
    static var cover: [PackElement] {
        Section("Cover") {
            Strategy("Corporate Parenting Strategy", period: .years(2023, 2025))
        }
    }

    /// The foreword, "Listening to our children.", signed by the Cabinet Member.
    @ContentBuilder<PackElement>
    static var foreword: [PackElement] {
        Section("Foreword") {
            Signatory(
                name: "Councillor Diane Roscoe",
                role: "Cabinet Member for Children, Schools and Families & Chair of the Sefton Corporate Parenting Board"
            )
        }
    }
}
