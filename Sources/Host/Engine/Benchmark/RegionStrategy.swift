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

    /// Encodes every key, `null` where absent.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(title, forKey: .title)
        try container.encode(period, forKey: .period)
        try container.encode(ended, forKey: .ended)
        try container.encode(current, forKey: .current)
    }

    /// "sefton (2023 to 2025): ended 2025, judged on 2026-12-01", or "lancashire (2022 to 2026): current on
    /// 2026-12-01".
    public func sentence(asOf: PartialDate) -> String {
        let standing = switch ended {
        case true?: String(current.dropFirst("no: ".count)) + ", judged on \(asOf)"
        case false?: "current on \(asOf)" + (current == "yes" ? "" : ", but its review date has passed")
        case nil: "end of its period not stated"
        }
        return "\(id) (\(period)): \(standing)"
    }
}
