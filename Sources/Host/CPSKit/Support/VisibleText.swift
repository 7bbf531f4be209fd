import CPSEngine
/// Text from packs, CSV files and the command line made safe to show: every character a terminal, a viewer or a
/// parser would act on instead of showing is written visibly, as Swift writes it in a string literal.
///
/// The characters shown are the control characters (C0 `U+0000`–`U+001F`, DEL `U+007F` and C1
/// `U+0080`–`U+009F`), the line and paragraph separators `U+2028` and `U+2029`, and the bidirectional embeddings,
/// overrides and isolates `U+202A`–`U+202E` and `U+2066`–`U+2069`, which can reorder what a reader sees. A newline
/// is `\n`, a carriage return `\r`, a tab `\t` and any other `\u{1B}`, in upper-case hexadecimal of at least two
/// digits. Backslashes are left as they are: the result is for reading, not for parsing back.
///
/// ```swift
/// VisibleText.line("Red \u{1B}[31m\nText")    // "Red \\u{1B}[31m\\nText"
/// VisibleText.lines("Red \u{1B}[31m\r\nText") // "Red \\u{1B}[31m\nText"
/// ```
///
/// Text with nothing to show comes back as it is, uncopied; the work is one pass over the UTF-8 bytes.
enum VisibleText {
    /// `text` as one line: every such character shown, newlines included.
    static func line(_ text: String) -> String {
        escape(text, keepingNewlines: false)
    }

    /// `text` as lines: newlines kept (a carriage return and newline read as one newline), every other such
    /// character shown.
    static func lines(_ text: String) -> String {
        escape(text, keepingNewlines: true)
    }

    /// Whether ``line(_:)`` shows `scalar` in its visible form: a control character, a line or paragraph
    /// separator or a bidirectional control.
    static func isShown(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.generalCategory == .control
            || (0x2028...0x202E).contains(scalar.value) || (0x2066...0x2069).contains(scalar.value)
    }

    /// The visible form of one scalar: `\n`, `\r`, `\t` or `\u{1B}`.
    static func visible(_ scalar: UInt32) -> String {
        switch scalar {
        case 0x0A: return "\\n"
        case 0x0D: return "\\r"
        case 0x09: return "\\t"
        default:
            let hex = String(scalar, radix: 16, uppercase: true)
            return "\\u{" + (hex.count < 2 ? "0" + hex : hex) + "}"
        }
    }

    private static func escape(_ text: String, keepingNewlines: Bool) -> String {
        var text = text
        return text.withUTF8 { bytes in
            guard let first = firstChange(in: bytes, keepingNewlines: keepingNewlines) else { return nil }
            var output: [UInt8] = []
            output.reserveCapacity(bytes.count + 16)
            output.append(contentsOf: bytes[..<first])
            var index = first
            while index < bytes.count {
                guard let (scalar, length) = shown(bytes, at: index) else {
                    output.append(bytes[index])
                    index += 1
                    continue
                }
                if keepingNewlines, scalar == 0x0A {
                    output.append(0x0A)
                } else if keepingNewlines, scalar == 0x0D, index + 1 < bytes.count, bytes[index + 1] == 0x0A {
                    output.append(0x0A)
                    index += 1
                } else {
                    output.append(contentsOf: visible(scalar).utf8)
                }
                index += length
            }
            return String(decoding: output, as: UTF8.self)
        } ?? text
    }

    /// Where the first byte to change is, or `nil` when the text can be shown as it is.
    private static func firstChange(in bytes: UnsafeBufferPointer<UInt8>, keepingNewlines: Bool) -> Int? {
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            // Printable ASCII and most other bytes cannot begin a shown character.
            if byte >= 0x20, byte != 0x7F, byte != 0xC2, byte != 0xE2 {
                index += 1
                continue
            }
            if let (scalar, length) = shown(bytes, at: index) {
                if !(keepingNewlines && scalar == 0x0A) { return index }
                index += length
            } else {
                index += 1
            }
        }
        return nil
    }

    /// The scalar and its length in bytes when the UTF-8 at `index` begins a character to show.
    @inline(__always)
    private static func shown(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (UInt32, Int)? {
        let byte = bytes[index]
        if byte < 0x20 || byte == 0x7F { return (UInt32(byte), 1) }
        if byte == 0xC2, index + 1 < bytes.count, (0x80...0x9F).contains(bytes[index + 1]) {
            return (UInt32(bytes[index + 1]), 2)
        }
        if byte == 0xE2, index + 2 < bytes.count {
            let second = bytes[index + 1], third = bytes[index + 2]
            // U+2028–U+202E are E2 80 A8–AE; U+2066–U+2069 are E2 81 A6–A9.
            if (second == 0x80 && (0xA8...0xAE).contains(third)) || (second == 0x81 && (0xA6...0xA9).contains(third)) {
                return (0x2000 | (UInt32(second & 0x3F) << 6) | UInt32(third & 0x3F), 3)
            }
        }
        return nil
    }
}
