import CorporateParenting

/// What `cps validate` prints: one line per finding, `file:line:column: severity [rule] path: message`, then a
/// summary.
public struct ValidationReportView: Renderable {
    /// The report.
    public var report: ValidationReport

    /// Encodes as the report.
    public func encode(to encoder: any Encoder) throws { try report.encode(to: encoder) }

    /// The findings, one per line, and a summary.
    public func document() -> Document {
        var lines: [String] = []
        for file in report.files {
            if let error = file.error {
                lines.append("\(file.path): \(file.status == "unreadable" ? "cannot be read" : "cannot be decoded"): \(error)")
                continue
            }
            for finding in file.findings {
                let position = finding.line.map { ":\($0):\(finding.column ?? 1)" } ?? ""
                let place = finding.path.isEmpty ? "" : "\(finding.path): "
                lines.append("\(file.path)\(position): \(finding.severity.rawValue) [\(finding.rule)] \(place)\(finding.message)")
            }
        }
        lines.append(summary)
        return Document(blocks: [.lines(lines)])
    }

    var summary: String {
        let findings = report.files.flatMap(\.findings)
        let errors = findings.filter { $0.severity == .error }.count
        let warnings = findings.filter { $0.severity == .warning }.count
        let bad = report.files.filter { $0.error != nil }.count
        let files = report.files.count == 1 ? "1 file" : "\(report.files.count) files"
        var parts = ["\(errors) \(errors == 1 ? "error" : "errors")", "\(warnings) \(warnings == 1 ? "warning" : "warnings")"]
        if bad > 0 { parts.append("\(bad) not read") }
        return "\(files) checked: " + parts.joined(separator: ", ") + "."
    }
}
