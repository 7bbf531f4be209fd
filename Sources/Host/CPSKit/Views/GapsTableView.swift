import CorporateParenting
import CPSEngine

/// What `cps gaps --region NAME` (or `--authorities`) shows: the gaps of several strategies in one table with the
/// authority on each row, most serious first across every council, then in the order the councils were chosen.
public struct GapsTableView: Renderable, Sendable {
    /// The region chosen, if one was.
    public var region: String?
    /// The date periods and reviews were judged on.
    public var asOf: PartialDate
    /// Each authority's gaps, in the order chosen.
    public var authorities: [GapsView]

    /// Creates the view.
    public init(region: String?, asOf: PartialDate, authorities: [GapsView]) {
        self.region = region
        self.asOf = asOf
        self.authorities = authorities
    }

    /// Every gap with its authority: errors first, then warnings, then info; within a severity, by authority in
    /// the order chosen, then in rule order.
    var rows: [(authority: AuthorityRef, gap: Gap)] {
        Severity.allCases.reversed().flatMap { severity in
            authorities.flatMap { view in view.gaps.filter { $0.severity == severity }.map { (view.authority, $0) } }
        }
    }

    /// One table of every authority's gaps, after a count per authority.
    public func document() -> Document {
        let rows = rows
        let counts = authorities.map { "\($0.authority.label) \($0.gaps.count)" }.joined(separator: ", ")
        let scope = region.map { "in \($0)" } ?? "chosen"
        let title = "Gaps: \(authorities.count == 1 ? "1 authority" : "\(authorities.count) authorities") \(scope)"
        let csv = GapRow.csvTable(rows.map { GapRow($0.authority.id, $0.gap) })
        guard !rows.isEmpty else { return Document(title: title, blocks: [.paragraph("No gaps in any of them, judged on \(asOf).")], csvTable: csv) }
        let blocks: [Block] = [
            .paragraph("\(rows.count == 1 ? "1 gap" : "\(rows.count) gaps") (\(counts)), judged on \(asOf); most serious first."),
            .table(Table(columns: ["Authority", "Severity", "Rule", "About", "Finding"],
                         rows: rows.map { [$0.authority.id, $0.gap.severity.rawValue, $0.gap.rule, $0.gap.subject, GapSentence.message($0.gap)] },
                         kinds: [.token, .token, .token, .prose, .prose])),
        ]
        return Document(title: title, blocks: blocks, csvTable: csv)
    }

    private enum CodingKeys: String, CodingKey { case region, asOf, authorities, gaps }

    /// `region`, `asOf`, `authorities` (as chosen) and `gaps`: one list, each with its `authority`, in the
    /// table's order.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(region, forKey: .region)
        try container.encode(asOf, forKey: .asOf)
        try container.encode(authorities.map(\.authority), forKey: .authorities)
        try container.encode(rows.map { GapRow($0.authority.id, $0.gap) }, forKey: .gaps)
    }
}
