/// Prints a ``JSONValue`` as JSON text: two-space indentation, members in their stored order, `[]` and `{}` for
/// empty containers, integers without a decimal point, non-ASCII text as UTF-8.
///
/// ```swift
/// JSONWriter.write(.object(JSONObject([("id", .string("sefton"))])))   // "{\n  \"id\": \"sefton\"\n}"
/// ```
public enum JSONWriter {
    /// The JSON text of `value`, indented unless `compact`.
    public static func write(_ value: JSONValue, compact: Bool = false) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(4096)
        write(value, into: &output, indent: compact ? nil : 0)
        return String(decoding: output, as: UTF8.self)
    }

    /// A number as JSON prints it: integral values without a fraction, others in the shortest exact form.
    public static func format(_ number: Double) -> String {
        if number == number.rounded(), abs(number) < 1e15 {
            return String(Int64(number))
        }
        return number.description
    }

    private static func write(_ value: JSONValue, into output: inout [UInt8], indent: Int?) {
        switch value {
        case .null: output.append(contentsOf: "null".utf8)
        case .bool(let flag): output.append(contentsOf: (flag ? "true" : "false").utf8)
        case .number(let number): output.append(contentsOf: format(number).utf8)
        case .string(let text): writeString(text, into: &output)
        case .array(let elements):
            guard !elements.isEmpty else { output.append(contentsOf: "[]".utf8); return }
            output.append(UInt8(ascii: "["))
            for (offset, element) in elements.enumerated() {
                if offset > 0 { output.append(UInt8(ascii: ",")) }
                newline(into: &output, indent: indent.map { $0 + 1 })
                write(element, into: &output, indent: indent.map { $0 + 1 })
            }
            newline(into: &output, indent: indent)
            output.append(UInt8(ascii: "]"))
        case .object(let object):
            guard !object.members.isEmpty else { output.append(contentsOf: "{}".utf8); return }
            output.append(UInt8(ascii: "{"))
            for (offset, member) in object.members.enumerated() {
                if offset > 0 { output.append(UInt8(ascii: ",")) }
                newline(into: &output, indent: indent.map { $0 + 1 })
                writeString(member.key, into: &output)
                output.append(UInt8(ascii: ":"))
                if indent != nil { output.append(UInt8(ascii: " ")) }
                write(member.value, into: &output, indent: indent.map { $0 + 1 })
            }
            newline(into: &output, indent: indent)
            output.append(UInt8(ascii: "}"))
        }
    }

    private static func newline(into output: inout [UInt8], indent: Int?) {
        guard let indent else { return }
        output.append(UInt8(ascii: "\n"))
        output.append(contentsOf: repeatElement(UInt8(ascii: " "), count: indent * 2))
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)

    /// Writes a string literal. Besides what JSON requires, it escapes DEL, the C1 controls (`U+0080`–`U+009F`), the
    /// line and paragraph separators and the bidirectional controls (`U+202A`–`U+202E`, `U+2066`–`U+2069`) as
    /// `\uXXXX`, so no character in the text can act on a terminal or reorder what a reader sees; the value read
    /// back is the same.
    private static func writeString(_ text: String, into output: inout [UInt8]) {
        output.append(UInt8(ascii: "\""))
        // A string's UTF-8 is valid, so the bytes after a lead byte are continuation bytes (0x80–0xBF), never a
        // quote, a backslash or a control, and are copied as they are unless they make a character to escape.
        var bytes = text.utf8.makeIterator()
        while let byte = bytes.next() {
            switch byte {
            case UInt8(ascii: "\""): output.append(contentsOf: #"\""#.utf8)
            case UInt8(ascii: "\\"): output.append(contentsOf: #"\\"#.utf8)
            case 0x0A: output.append(contentsOf: #"\n"#.utf8)
            case 0x0D: output.append(contentsOf: #"\r"#.utf8)
            case 0x09: output.append(contentsOf: #"\t"#.utf8)
            case 0..<0x20, 0x7F: writeEscape(UInt32(byte), into: &output)
            case 0xC2:
                guard let second = bytes.next() else { output.append(byte); break }
                if (0x80...0x9F).contains(second) {
                    writeEscape(UInt32(second), into: &output)
                } else {
                    output.append(byte)
                    output.append(second)
                }
            case 0xE2:
                guard let second = bytes.next() else { output.append(byte); break }
                guard let third = bytes.next() else { output.append(byte); output.append(second); break }
                if (second == 0x80 && (0xA8...0xAE).contains(third)) || (second == 0x81 && (0xA6...0xA9).contains(third)) {
                    writeEscape(0x2000 | (UInt32(second & 0x3F) << 6) | UInt32(third & 0x3F), into: &output)
                } else {
                    output.append(byte)
                    output.append(second)
                    output.append(third)
                }
            default: output.append(byte)
            }
        }
        output.append(UInt8(ascii: "\""))
    }

    /// `\uXXXX` for a scalar of the Basic Multilingual Plane.
    private static func writeEscape(_ scalar: UInt32, into output: inout [UInt8]) {
        output.append(contentsOf: #"\u"#.utf8)
        for shift in [12, 8, 4, 0] {
            output.append(hexDigits[Int((scalar >> UInt32(shift)) & 0xF)])
        }
    }
}
