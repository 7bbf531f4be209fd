import CorporateParenting
import CPSEngine

/// What `cps gaps` shows: one strategy's gaps, most serious first, each in one sentence.
public struct GapsView: Renderable, Sendable {
    /// The authority.
    public var authority: AuthorityRef
    /// The date periods and reviews were judged on.
    public var asOf: PartialDate
    /// The gaps: errors, then warnings, then info, each in rule order.
    public var gaps: [Gap]

    /// Creates the view.
    public init(authority: AuthorityRef, asOf: PartialDate, gaps: [Gap]) {
        self.authority = authority
        self.asOf = asOf
        self.gaps = gaps
    }

    /// The gaps as a table with a count by severity.
    public func document() -> Document {
        let counts = Severity.allCases.reversed().map { severity in
            let count = gaps.filter { $0.severity == severity }.count
            return "\(count) \(severity.rawValue)\(count == 1 || severity == .info ? "" : "s")"  // "0 errors, 1 warning, 2 info"
        }
        let blocks: [Block] = gaps.isEmpty
            ? [.paragraph("No gaps: none of the gap rules (`cps gaps --rules`) finds anything, judged on \(asOf).")]
            : [
                .paragraph("\(gaps.count == 1 ? "1 gap" : "\(gaps.count) gaps") (\(counts.joined(separator: ", "))), judged on \(asOf)."),
                .table(Table(
                    columns: ["Severity", "Rule", "About", "Finding"],
                    rows: gaps.map { [$0.severity.rawValue, $0.rule, $0.subject, GapSentence.message($0)] },
                    kinds: [.token, .token, .prose, .prose]
                )),
            ]
        return Document(title: "Gaps: \(authority.label)", blocks: blocks, csvTable: GapRow.csvTable(gaps.map { GapRow(authority.id, $0) }))
    }

    private enum CodingKeys: String, CodingKey { case authority, asOf, gaps }

    /// `authority`, `asOf` and `gaps`, each gap as a ``GapRow`` without its authority.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(authority, forKey: .authority)
        try container.encode(asOf, forKey: .asOf)
        try container.encode(gaps.map { GapRow(nil, $0) }, forKey: .gaps)
    }
}
