import CorporateParenting
import CPSEngine

/// What `cps validate` prints: one line per finding, `file:line:column: severity [rule] path: message`, a line for
/// each rule with findings not listed, then a summary. CSV gives the same as a table, one row per line.
public struct ValidationReportView: Renderable {
    /// The report.
    public var report: ValidationReport

    /// Encodes as the report.
    public func encode(to encoder: any Encoder) throws { try report.encode(to: encoder) }

    /// The findings, one per line, the rules' unlisted findings, and a summary.
    public func document() -> Document {
        var lines: [String] = []
        for file in report.files {
            if let error = file.error {
                lines.append("\(file.path): \(Self.problem(file)): \(error)")
                lines += (file.problems ?? []).map { "\(file.path): \($0)" }
                continue
            }
            for finding in file.findings {
                let position = finding.line.map { ":\($0):\(finding.column ?? 1)" } ?? ""
                let place = finding.path.isEmpty ? "" : "\(finding.path): "
                lines.append("\(file.path)\(position): \(finding.severity.rawValue) [\(finding.rule)] \(place)\(finding.message)")
            }
            for count in file.counts where count.hidden > 0 {
                lines.append("\(file.path): \(Self.more(count))")
            }
        }
        lines.append(summary)
        return Document(blocks: [.lines(lines)], csvTable: table)
    }

    /// The CSV table: a row per finding listed, per rule's unlisted findings and per file not read.
    var table: Table {
        var rows: [[String]] = []
        for file in report.files {
            if let error = file.error {
                rows.append([file.path, "", "", Severity.error.rawValue, "", "", "\(Self.problem(file)): \(error)"])
                rows += (file.problems ?? []).map { [file.path, "", "", Severity.error.rawValue, "", "", $0] }
                continue
            }
            for finding in file.findings {
                rows.append([file.path, finding.line.map(String.init) ?? "", finding.column.map(String.init) ?? "",
                             finding.severity.rawValue, finding.rule, finding.path, finding.message])
            }
            for count in file.counts where count.hidden > 0 {
                rows.append([file.path, "", "", count.severity.rawValue, count.rule, "", Self.more(count)])
            }
        }
        return Table(columns: ["file", "line", "column", "severity", "rule", "path", "message"], rows: rows)
    }

    static func problem(_ file: ValidationReport.FileResult) -> String {
        file.status == "unreadable" ? "cannot be read" : "cannot be decoded"
    }

    /// "and 3900 more findings of rule duplicate-id, not shown (4000 in all; ...)".
    static func more(_ count: RuleCount) -> String {
        "and \(count.hidden) more \(count.hidden == 1 ? "finding" : "findings") of rule \(count.rule), not shown "
            + "(\(count.total) in all; `--findings-per-rule all` shows every one)."
    }

    var summary: String {
        let errors = report.total(.error), warnings = report.total(.warning)
        let bad = report.files.filter { $0.error != nil }.count
        let files = report.files.count == 1 ? "1 file" : "\(report.files.count) files"
        var parts = ["\(errors) \(errors == 1 ? "error" : "errors")", "\(warnings) \(warnings == 1 ? "warning" : "warnings")"]
        if bad > 0 { parts.append("\(bad) not read") }
        var text = "\(files) checked: " + parts.joined(separator: ", ")
        let hidden = report.hidden
        if hidden > 0, let cap = report.shownPerRule {
            text += "; \(hidden) \(hidden == 1 ? "finding is" : "findings are") not shown (at most \(cap) of each rule in each file)"
        }
        return text + "."
    }
}
