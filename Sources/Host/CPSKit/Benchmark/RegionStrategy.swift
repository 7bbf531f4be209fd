import CorporateParenting

/// A loaded strategy of an authority in `cps region`: its pack's id, its period and whether it is current on the
/// date judged, in the words `cps compare` uses.
public struct RegionStrategy: Codable, Equatable, Sendable {
    /// The pack's id.
    public var id: String
    /// The document's title.
    public var title: String
    /// The period, as the report prints it ("2023–2025").
    public var period: String
    /// Whether the period has ended on the date judged; `nil` when the document does not state its end.
    public var ended: Bool?
    /// `yes`, `yes, but its review date has passed`, `no: ended 2024` or `not stated`, as `cps compare` words
    /// "Current on DATE".
    public var current: String

    /// The strategy a pack holds, judged on `asOf`.
    public init(_ pack: AuthorityPack, asOf: PartialDate) {
        let document = pack.document
        id = pack.id
        title = document.title
        period = document.period.display
        ended = document.period.end.map { $0.latestDay < asOf }
        let reviewPassed = document.reviewDate.map { $0.latestDay < asOf } == true
        switch ended {
        case true?: current = "no: ended \(document.period.end!)"
        case false?: current = reviewPassed ? "yes, but its review date has passed" : "yes"
        case nil: current = Absent.notStated
        }
    }

    /// "sefton (2021–2024): current on 2026-12-01: no: ended 2024".
    func sentence(asOf: PartialDate) -> String {
        "\(id) (\(period)), current on \(asOf): \(current)"
    }
}
