/// Reads RFC 4180 CSV from bytes into rows of strings: quoted fields with commas, doubled quotes and line breaks,
/// CRLF, LF or CR line ends, a leading UTF-8 byte-order mark, and a final line with or without its line end. Blank
/// lines are skipped. (For large files whose values repeat, ``CSVColumns`` reads the same syntax into columns.)
///
/// Malformed input (an unterminated quote, text after a closing quote, a row with more or fewer fields than the
/// header, invalid UTF-8, no header) is one ``CSVError`` naming the line.
///
/// ```swift
/// let table = try CSVReader.read(Array("a,b\r\n1,\"x, y\"\r\n".utf8))
/// table.header        // ["a", "b"]
/// table.rows[0][1]    // "x, y"
/// ```
public enum CSVReader {
    /// A header and rows of fields.
    public struct Table: Sendable {
        /// The first row.
        public var header: [String]
        /// The other rows, each with as many fields as the header.
        public var rows: [[String]]
        /// The line each row starts on (1-based; the header is line 1).
        public var lines: [Int]
    }

    /// Reads a whole file.
    public static func read(_ bytes: [UInt8]) throws(CSVError) -> Table {
        try bytes.withUnsafeBufferPointer { buffer throws(CSVError) in
            var scanner = CSVScanner(buffer)
            var header: [String]?
            var table = Table(header: [], rows: [], lines: [])
            while !scanner.isAtEnd {
                let line = scanner.line
                var fields: [String] = []
                var field: CSVScanner.Field
                repeat {
                    field = try scanner.next()
                    fields.append(try scanner.string(field, line: line))
                } while field.ending == .comma
                guard let columns = header else {
                    guard !(fields.count == 1 && fields[0].isEmpty) else { break }
                    header = fields
                    table.header = fields
                    continue
                }
                if fields.count == 1 && fields[0].isEmpty { continue }
                guard fields.count == columns.count else {
                    throw CSVError(line: line, reason: "the row has \(fields.count) fields but the header has \(columns.count)")
                }
                table.rows.append(fields)
                table.lines.append(line)
            }
            guard header != nil else { throw CSVError(line: 1, reason: "the file is empty; expected a header row") }
            return table
        }
    }
}

/// Why a CSV file cannot be read, and on which line.
public struct CSVError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The 1-based line.
    public var line: Int
    /// What is wrong.
    public var reason: String

    /// "line 12: the row has 13 fields but the header has 14".
    public var description: String { "line \(line): \(reason)" }
}
