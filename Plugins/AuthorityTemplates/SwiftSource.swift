/// Text made safe to paste into generated Swift source: string literals and `///` comments that say exactly the
/// text given and nothing more, whatever it holds.
///
/// For the name `Evil \(fatalError("x"))` followed by a newline, ``literal(_:)`` writes
/// `"Evil \\(fatalError(\"x\"))\n"`, a literal whose value is the name, and ``comment(_:)`` writes
/// `Evil \(fatalError("x"))\n` on the comment's one line.
public enum SwiftSource {
    /// A Swift string literal, quotes included, whose value is `text`: a backslash and a quote are escaped (so no
    /// `\(...)` can become an interpolation), a newline, carriage return, tab and NUL are written `\n`, `\r`,
    /// `\t` and `\0`, and every other control character, line separator and bidirectional control `\u{...}`.
    public static func literal(_ text: String) -> String {
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
                if isShown(scalar) {
                    output += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
                } else {
                    output.unicodeScalars.append(scalar)
                }
            }
        }
        return output + "\""
    }

    /// `text` for the rest of a `//` or `///` comment line (or one line of a message): every control character
    /// (a newline too), line separator and bidirectional control shown visibly as `\n`, `\r`, `\t` or `\u{1B}`,
    /// so the comment cannot end early or hide code. Backslashes are left as they are.
    public static func comment(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isShown) else { return text }
        var output = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            default:
                if isShown(scalar) {
                    let hex = String(scalar.value, radix: 16, uppercase: true)
                    output += "\\u{" + (hex.count < 2 ? "0" + hex : hex) + "}"
                } else {
                    output.unicodeScalars.append(scalar)
                }
            }
        }
        return output
    }

    /// Whether `scalar` is written in its visible form: a control character (C0, DEL, C1), a line or paragraph
    /// separator or a bidirectional control.
    public static func isShown(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.generalCategory == .control
            || (0x2028...0x202E).contains(scalar.value) || (0x2066...0x2069).contains(scalar.value)
    }
}
