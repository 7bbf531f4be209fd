import CorporateParenting
import CPSEngine

/// What `cps list` shows: every authority with its strategy's period, how much of it the pack captures, and its size
/// in the document's own terms (items by level, actions, metrics monitored, bodies).
public struct AuthorityListView: Renderable {
    /// One summary per authority, sorted by id.
    public var authorities: [AuthoritySummary]

    /// Summarises the authorities.
    public init(_ authorities: [LoadedAuthority]) {
        self.authorities = authorities.map(AuthoritySummary.init)
    }

    /// Encodes as a JSON array of summaries.
    public func encode(to encoder: any Encoder) throws {
        try authorities.encode(to: encoder)
    }

    /// A table, one row per authority, with a note naming the packs that capture only part of their document; the
    /// source column appears once a pack or plugin is loaded.
    public func document() -> Document {
        let showOrigin = authorities.contains { $0.origin != "built-in" }
        let table = Table(
            columns: ["Id", "Council", "Region", "Period", "Items", "Actions", "Metrics", "Bodies"]
                + (showOrigin ? ["Source"] : []),
            rows: authorities.map { summary in
                [
                    summary.id, summary.name, summary.region ?? "", summary.period.compact, summary.itemsText,
                    String(summary.actions), String(summary.metricsMonitored), String(summary.bodies),
                ] + (showOrigin ? [summary.origin.split(separator: "/").last.map(String.init) ?? summary.origin] : [])
            },
            numericColumns: [5, 6, 7],
            kinds: [.token, .prose, .prose, .token, .prose, .token, .token, .token] + (showOrigin ? [.token] : [])
        )
        var blocks: [Block] = [
            .table(table),
            .note("Items as each document names them; Metrics are those the strategy monitors, not figures it quotes as context."),
        ]
        let partial = authorities.filter { $0.capture != .whole }
        if !partial.isEmpty {
            blocks.append(.note("Not wholly captured (counts are of what the pack holds): " + partial.map(\.id).joined(separator: ", ") + "."))
        }
        if showOrigin {
            blocks.append(.note("Loaded from: " + authorities.filter { $0.origin != "built-in" }.map { "\($0.id): \($0.origin)" }.joined(separator: "; ")))
        }
        return Document(title: "Corporate parenting strategies (\(authorities.count))", blocks: blocks, csvTable: table)
    }
}
