import CPSEngine
/// How the views show data-quality flags (see ``DataQuality``): a mark after each flagged figure, a table of the
/// flags' sentences after the figures' table, and a cell for CSV. The wording is always "check the return".
enum QualityNotes {
    /// `text` with the mark when `flagged`: "0% †".
    static func marked(_ text: String, _ flagged: Bool) -> String {
        flagged ? "\(text) \(QualityFlag.marker)" : text
    }

    /// Whether any of `flags` is on the figure of `year`.
    static func flagged(_ flags: [QualityFlag], year: String?) -> Bool {
        flags.contains { $0.year == year }
    }

    /// A table of flagged figures, one row per flag (who, year, rule, sentence); `nil` when there is none. A table,
    /// not a note, so every format (CSV included) keeps it.
    static func table(_ subject: String, _ entries: [(name: String, flag: QualityFlag)], heading: String = "Authority") -> Block? {
        guard !entries.isEmpty else { return nil }
        return .table(Table(
            caption: "\(QualityFlag.marker) Check the return: \(subject)",
            columns: [heading, "Year", "Rule", "Check the return"],
            rows: entries.map { [$0.name, DataQuality.display($0.flag.year), $0.flag.rule.rawValue, $0.flag.message] },
            rowHeaders: true,
            kinds: [.prose, .token, .token, .prose]
        ))
    }

    /// The flags in one CSV cell: "rule: sentence", separated by " | "; empty when none.
    static func cell(_ flags: [QualityFlag]) -> String {
        flags.map { "\($0.rule.rawValue): \($0.message)" }.joined(separator: " | ")
    }

    /// The sentence that explains the mark, for a view's closing note.
    static let explanation = "\(QualityFlag.marker) marks a figure to query with the council (check the return): a percentage at exactly 0 or 100 where none of its statistical neighbours is within \(NumberFormat.plain(DataQuality.boundMargin)) points of it, or a change from the year before at least \(NumberFormat.plain(DataQuality.jumpPoints)) points beyond England's. The table after the figures says why; every figure is shown as published."
}
