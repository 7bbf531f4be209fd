import CPSEngine
extension ManualPage {
    /// Escapes text for roff: a backslash is printed as `\e`, a hyphen as `\-` (so options copy and paste as
    /// typed), a line that would start with a control character (`.` or `'`) is protected with `\&`, and text
    /// between backticks is set in bold. Inside a quoted macro argument a double quote is doubled.
    static func escape(_ text: String, inQuotes: Bool = false, code: Bool = false) -> String {
        var escaped = ""
        var bold = false
        for character in text {
            switch character {
            case "\\": escaped += "\\e"
            case "-": escaped += "\\-"
            case "\"" where inQuotes: escaped += "\"\""
            case "`" where !code:
                escaped += bold ? "\\fR" : "\\fB"
                bold.toggle()
            default: escaped.append(character)
            }
        }
        if bold { escaped += "\\fR" }
        return escaped.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.hasPrefix(".") || line.hasPrefix("'") ? "\\&" + line : String(line)
        }.joined(separator: "\n")
    }
}
