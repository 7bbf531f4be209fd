import CPSEngine
/// The little colour `cps` uses on a terminal: headings (a line underlined with `=`) in bold, and the severity
/// words of `cps validate` findings in red, yellow or cyan. Applied only to text output the console may colour.
enum TextColour {
    /// `text` with colour added when `console` uses colour; unchanged otherwise.
    static func apply(_ text: String, console: Console) -> String {
        guard console.usesColour else { return text }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        for index in lines.indices {
            let line = lines[index]
            if index + 1 < lines.count, isUnderline(lines[index + 1]), !line.isEmpty {
                lines[index] = console.coloured(line, 39, bold: true)
                continue
            }
            for (severity, code) in severities {
                let marker = ": \(severity.rawValue) ["
                if let range = line.firstRange(of: marker) {
                    let word = console.coloured(severity.rawValue, code, bold: severity == .error)
                    lines[index].replaceSubrange(range, with: ": \(word) [")
                    break
                }
            }
        }
        return lines.joined(separator: "\n")
    }

    /// Red for errors, yellow for warnings, cyan for information.
    private static let severities: [(Severity, Int)] = [(.error, 31), (.warning, 33), (.info, 36)]

    private static func isUnderline(_ line: String) -> Bool {
        line.count >= 3 && line.allSatisfy { $0 == "=" }
    }
}
