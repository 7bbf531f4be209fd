import CorporateParenting
import CPSEngine

/// A gap as `cps gaps` prints it in JSON and CSV: its rule, severity and subject, its sentence, the entries a
/// summarising finding lists, and why an absence may be in what is not captured.
struct GapRow: Encodable {
    /// The authority's id, in a table of several.
    var authority: String?
    var rule: String
    var severity: Severity
    var subject: String
    var message: String
    var items: [String]
    var notCaptured: String?  // how the pack falls short of the document, in words

    init(_ authority: String?, _ gap: Gap) {
        self.authority = authority
        rule = gap.rule
        severity = gap.severity
        subject = gap.subject
        message = GapSentence.message(gap)
        items = gap.items
        notCaptured = gap.notCaptured.map(GapSentence.note)
    }

    /// `authority,severity,rule,subject,message,items,notCaptured`, one row per gap; `items` joined with "; ".
    static func csvTable(_ rows: [GapRow]) -> Table {
        Table(columns: ["authority", "severity", "rule", "subject", "message", "items", "notCaptured"],
              rows: rows.map { [$0.authority ?? "", $0.severity.rawValue, $0.rule, $0.subject, $0.message, $0.items.joined(separator: "; "), $0.notCaptured ?? ""] })
    }
}
