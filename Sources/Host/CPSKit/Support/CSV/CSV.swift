/// RFC 4180 CSV: the one place `cps` writes (and reads) comma-separated values.
///
/// Writing quotes fields that need it, ends lines with CRLF, and neutralises cells a spreadsheet would run as a
/// formula (starting with `=`, `+`, `-`, `@`, a tab or a carriage return) by prefixing an apostrophe, unless the
/// cell is a plain number such as `-2.5`.
public enum CSV {
    /// The rows as CSV text.
    public static func write(_ rows: [[String]]) -> String {
        var output = ""
        for row in rows {
            output += row.map { quoted(neutralised($0)) }.joined(separator: ",")
            output += "\r\n"
        }
        return output
    }

    /// A cell that cannot be taken for a formula.
    public static func neutralised(_ cell: String) -> String {
        guard let first = cell.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) else { return cell }
        if Double(cell) != nil, first == "-" || first == "+" { return cell }
        return "'" + cell
    }

    static func quoted(_ field: String) -> String {
        let needsQuotes = field.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }
            || field.hasPrefix(" ") || field.hasSuffix(" ")
        guard needsQuotes else { return field }
        return "\"" + field.replacingAll("\"", with: "\"\"") + "\""
    }
}
