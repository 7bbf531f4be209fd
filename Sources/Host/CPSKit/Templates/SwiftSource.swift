/// Text made safe to paste into generated Swift source: string literals and `///` comments that say exactly the
/// text given and nothing more, whatever it holds.
///
/// For the name `Evil \(fatalError("x"))` followed by a newline, ``literal(_:)`` writes
/// `"Evil \\(fatalError(\"x\"))\n"`, a literal whose value is the name, and ``comment(_:)`` writes
/// `Evil \(fatalError("x"))\n` on the comment's one line.
enum SwiftSource {
    /// A Swift string literal, quotes included, whose value is `text`: a backslash and a quote are escaped (so no
    /// `\(...)` can become an interpolation), a newline, carriage return, tab and NUL are written `\n`, `\r`,
    /// `\t` and `\0`, and every other control character, line separator and bidirectional control `\u{...}`.
    static func literal(_ text: String) -> String {
        var output = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": output += "\\\\"
            case "\"": output += "\\\""
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            case "\0": output += "\\0"
            default:
                if VisibleText.isShown(scalar) {
                    output += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
                } else {
                    output.unicodeScalars.append(scalar)
                }
            }
        }
        return output + "\""
    }

    /// `text` for the rest of a `//` or `///` comment line: every control character (a newline too), line
    /// separator and bidirectional control shown visibly, so the comment cannot end early or hide code.
    static func comment(_ text: String) -> String {
        VisibleText.line(text)
    }
}
