import CPSEngine
/// Escaping for HTML text and attribute values: the one place `cps` turns text into markup.
enum HTML {
    /// `text` with `&`, `<`, `>`, `"` and `'` replaced by entities, safe in element content and quoted attributes,
    /// and its control characters (not allowed in HTML or SVG text) and bidirectional controls shown visibly, as
    /// ``VisibleText/lines(_:)`` shows them; newlines stay.
    static func escape(_ text: String) -> String {
        let text = VisibleText.lines(text)
        // Most text has none of the five, and comes back as it is, uncopied.
        guard text.utf8.contains(where: needsEscape) else { return text }
        var output: [UInt8] = []
        output.reserveCapacity(text.utf8.count + 16)
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "&"): output += Array("&amp;".utf8)
            case UInt8(ascii: "<"): output += Array("&lt;".utf8)
            case UInt8(ascii: ">"): output += Array("&gt;".utf8)
            case UInt8(ascii: "\""): output += Array("&quot;".utf8)
            case UInt8(ascii: "'"): output += Array("&#39;".utf8)
            default: output.append(byte)
            }
        }
        return String(decoding: output, as: UTF8.self)
    }

    @inline(__always)
    static func needsEscape(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "&") || byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'")
    }

    /// `text` escaped, with each line break written `<br>`.
    static func multiline(_ text: String) -> String {
        let escaped = escape(text)
        guard escaped.utf8.contains(0x0A) else { return escaped }
        return escaped.split(separator: "\n", omittingEmptySubsequences: false).joined(separator: "<br>")
    }

    /// A stable, safe `id` attribute value made from text ("Being Heard" -> "being-heard").
    static func slug(_ text: String) -> String {
        var slug = ""
        for scalar in text.lowercased().unicodeScalars {
            if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                slug.unicodeScalars.append(scalar)
            } else if !slug.hasSuffix("-"), !slug.isEmpty {
                slug += "-"
            }
        }
        while slug.hasSuffix("-") { slug.removeLast() }
        return slug.isEmpty ? "section" : slug
    }
}
