/// Reads RFC 4180 CSV from bytes: quoted fields with commas, doubled quotes and line breaks, CRLF or LF line ends,
/// a leading UTF-8 byte-order mark, and a final line with or without its line end.
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

    /// Reads a whole file; empty lines at the end are ignored.
    public static func read(_ bytes: [UInt8]) throws(CSVError) -> Table {
        var records = try records(bytes)
        while let last = records.last, last.fields == [""] { records.removeLast() }
        guard let header = records.first, !(header.fields.count == 1 && header.fields[0].isEmpty) else {
            throw CSVError(line: 1, reason: "the file is empty; expected a header row")
        }
        var rows: [[String]] = []
        var lines: [Int] = []
        rows.reserveCapacity(records.count)
        for record in records.dropFirst() {
            if record.fields == [""] { continue }
            guard record.fields.count == header.fields.count else {
                throw CSVError(line: record.line, reason: "the row has \(record.fields.count) fields but the header has \(header.fields.count)")
            }
            rows.append(record.fields)
            lines.append(record.line)
        }
        return Table(header: header.fields, rows: rows, lines: lines)
    }

    struct Record {
        var fields: [String]
        var line: Int
    }

    static func records(_ bytes: [UInt8]) throws(CSVError) -> [Record] {
        let quote = UInt8(ascii: "\""), comma = UInt8(ascii: ","), cr: UInt8 = 0x0D, lf: UInt8 = 0x0A
        let count = bytes.count
        var records: [Record] = []
        var fields: [String] = []
        var field: [UInt8] = []
        var index = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        var line = 1, recordLine = 1
        var atFieldStart = true

        func endField() throws(CSVError) {
            guard let text = String(validating: field, as: UTF8.self) else { throw CSVError(line: line, reason: "a field is not valid UTF-8") }
            fields.append(text)
            field.removeAll(keepingCapacity: true)
            atFieldStart = true
        }
        func endRecord() throws(CSVError) {
            try endField()
            records.append(Record(fields: fields, line: recordLine))
            fields.removeAll(keepingCapacity: true)
        }

        while index < count {
            let byte = bytes[index]
            if atFieldStart, byte == quote {
                let opened = line
                index += 1
                var closed = false
                while index < count {
                    let inner = bytes[index]
                    if inner == quote {
                        if index + 1 < count, bytes[index + 1] == quote {
                            field.append(quote)
                            index += 2
                            continue
                        }
                        index += 1
                        closed = true
                        break
                    }
                    if inner == lf { line += 1 }
                    field.append(inner)
                    index += 1
                }
                guard closed else { throw CSVError(line: opened, reason: "a quoted field is not closed") }
                if index < count, bytes[index] != comma, bytes[index] != cr, bytes[index] != lf {
                    throw CSVError(line: line, reason: "text follows a closing quote")
                }
                atFieldStart = false
                continue
            }
            switch byte {
            case comma:
                try endField()
                index += 1
            case cr, lf:
                try endRecord()
                index += (byte == cr && index + 1 < count && bytes[index + 1] == lf) ? 2 : 1
                line += 1
                recordLine = line
            case quote:
                throw CSVError(line: line, reason: "a quote appears inside an unquoted field")
            default:
                field.append(byte)
                atFieldStart = false
                index += 1
            }
        }
        if !atFieldStart || !fields.isEmpty { try endRecord() }
        return records
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
