import CPSEngine
/// RFC 4180 CSV: the one place `cps` writes (and reads) comma-separated values.
///
/// Writing shows every control character in a cell visibly except a newline (see ``VisibleText``; a carriage
/// return and newline become a newline), neutralises cells a spreadsheet would run as a formula, quotes fields
/// that need it and ends lines with CRLF. So no control character reaches the file raw but the newlines inside
/// quoted fields and the CRLF ending each row.
///
/// A cell is neutralised, by prefixing an apostrophe, when it starts with `=`, `+`, `-`, `@`, a tab, a carriage
/// return, a newline or any other control character, unless it is a plain decimal number: an optional sign,
/// digits with an optional fraction, and an optional exponent (`-3.5`, `+12`, `-1e3`), which a spreadsheet reads
/// as the number it is. `-Infinity`, `-NaN` and `-0x1A` are not plain decimal numbers and are neutralised.
public enum CSV {
    /// The rows as CSV text.
    public static func write(_ rows: [[String]]) -> String {
        var output = ""
        for row in rows {
            output += row.map(cell).joined(separator: ",")
            output += "\r\n"
        }
        return output
    }

    /// One cell as written: shown visibly, neutralised and quoted when it needs it.
    static func cell(_ text: String) -> String {
        quoted(neutralised(VisibleText.lines(text)))
    }

    /// A cell that cannot be taken for a formula.
    public static func neutralised(_ cell: String) -> String {
        guard let first = cell.unicodeScalars.first,
              "=+-@".unicodeScalars.contains(first) || first.properties.generalCategory == .control
        else { return cell }
        if isPlainNumber(cell) { return cell }
        return "'" + cell
    }

    /// Whether `cell` is a plain decimal number: `[+-]digits[.digits][e[+-]digits]`, or with the digits only after
    /// the point (`-.5`). Nothing else: no spaces, no `Infinity`, `NaN` or hexadecimal.
    static func isPlainNumber(_ cell: String) -> Bool {
        var bytes = cell.utf8[...]
        func digits() -> Int {
            let count = bytes.prefix { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }.count
            bytes = bytes.dropFirst(count)
            return count
        }
        if let sign = bytes.first, sign == UInt8(ascii: "-") || sign == UInt8(ascii: "+") { bytes = bytes.dropFirst() }
        var mantissa = digits()
        if bytes.first == UInt8(ascii: ".") {
            bytes = bytes.dropFirst()
            mantissa += digits()
        }
        guard mantissa > 0 else { return false }
        if let e = bytes.first, e == UInt8(ascii: "e") || e == UInt8(ascii: "E") {
            bytes = bytes.dropFirst()
            if let sign = bytes.first, sign == UInt8(ascii: "-") || sign == UInt8(ascii: "+") { bytes = bytes.dropFirst() }
            guard digits() > 0 else { return false }
        }
        return bytes.isEmpty
    }

    static func quoted(_ field: String) -> String {
        let needsQuotes = field.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }
            || field.hasPrefix(" ") || field.hasSuffix(" ")
        guard needsQuotes else { return field }
        return "\"" + field.replacingAll("\"", with: "\"\"") + "\""
    }
}
