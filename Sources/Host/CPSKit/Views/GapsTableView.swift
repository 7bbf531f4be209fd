import CorporateParenting
import CPSEngine

/// What `cps gaps --region NAME` (or `--authorities`) shows: the gaps of several strategies in one table, with the
/// authority on each row.
public struct GapsTableView: Renderable, Codable, Sendable {
    /// The region chosen, if one was.
    public var region: String?
    /// The date periods and reviews were judged on.
    public var asOf: PartialDate
    /// Each authority's gaps, in the order chosen.
    public var authorities: [GapsView]

    /// One table of every authority's gaps, after a count per authority.
    public func document() -> Document {
        let total = authorities.map(\.gaps.count).reduce(0, +)
        let counts = authorities.map { "\($0.authority.label) \($0.gaps.count)" }.joined(separator: ", ")
        let scope = region.map { "in \($0)" } ?? "chosen"
        let title = "Gaps: \(authorities.count == 1 ? "1 authority" : "\(authorities.count) authorities") \(scope)"
        let rows = authorities.flatMap { view in
            view.gaps.map { [view.authority.id, $0.severity.rawValue, $0.rule, $0.subject, $0.message] }
        }
        let blocks: [Block] = [
            .paragraph("\(total == 1 ? "1 gap" : "\(total) gaps") (\(counts)), judged on \(asOf)."),
            .table(Table(columns: ["Authority", "Severity", "Rule", "About", "Finding"], rows: rows, kinds: [.token, .token, .token, .prose, .prose])),
        ]
        return Document(title: title, blocks: total == 0 ? [.paragraph("No gaps in any of them.")] : blocks)
    }
}
