import CorporateParenting
import CPSEngine

/// What `cps gaps` shows: one strategy's gaps against the shared framework.
public struct GapsView: Renderable, Codable, Sendable {
    /// The authority.
    public var authority: AuthorityRef
    /// The date periods and reviews were judged on.
    public var asOf: PartialDate
    /// The gaps, in rule order.
    public var gaps: [Gap]

    /// The gaps as a table with a count by severity.
    public func document() -> Document {
        let counts = Severity.allCases.reversed().map { severity in
            let count = gaps.filter { $0.severity == severity }.count
            return "\(count) \(severity.rawValue)\(count == 1 || severity == .info ? "" : "s")"  // "0 errors, 1 warning, 2 info"
        }
        let blocks: [Block] = gaps.isEmpty
            ? [.paragraph("No gaps: every principle is served, every domain has a monitored metric, and the governance facts are stated in place.")]
            : [
                .paragraph("\(gaps.count == 1 ? "1 gap" : "\(gaps.count) gaps") (\(counts.joined(separator: ", "))), judged on \(asOf)."),
                .table(Table(
                    columns: ["Severity", "Rule", "About", "Finding"],
                    rows: gaps.map { [$0.severity.rawValue, $0.rule, $0.subject, $0.message] },
                    kinds: [.token, .token, .prose, .prose]
                )),
            ]
        return Document(title: "Gaps: \(authority.label)", blocks: blocks)
    }
}
