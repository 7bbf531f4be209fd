/// A CSV file read column by column, each column's values interned: a row holds a number per column, and each
/// distinct value is one string. DfE's tidy files repeat a handful of periods, levels, areas and labels down
/// hundreds of thousands of rows, so this reads them many times faster than rows of strings, in far less memory.
///
/// The syntax, blank lines and errors are ``CSVReader``'s.
///
/// ```swift
/// let table = try CSVColumns.read(Array("year,area\n2024,North\n2025,North\n".utf8))
/// table.columns[1].values       // ["North"]
/// table.columns[1].codes        // [0, 0]
/// table.value(row: 1, column: 0) // "2025"
/// ```
public struct CSVColumns: Sendable {
    /// One column.
    public struct Column: Sendable {
        /// Its header.
        public var name: String
        /// Each row's value, as its place in ``values``.
        public var codes: [UInt32]
        /// The distinct values, in the order they first appear.
        public var values: [String]
    }

    /// The columns, in the header's order.
    public var columns: [Column]
    /// The line each row starts on (1-based; the header is line 1).
    public var lines: [Int]

    /// How many rows there are (not counting the header).
    public var rowCount: Int { lines.count }

    /// The value in a row and column.
    public func value(row: Int, column: Int) -> String {
        columns[column].values[Int(columns[column].codes[row])]
    }

    /// Reads a whole file.
    public static func read(_ bytes: [UInt8]) throws(CSVError) -> CSVColumns {
        try bytes.withUnsafeBufferPointer { buffer throws(CSVError) in
            var scanner = CSVScanner(buffer)
            var header: [String] = []
            while !scanner.isAtEnd {
                let field = try scanner.next()
                header.append(try scanner.string(field, line: 1))
                if field.ending != .comma { break }
            }
            guard !header.isEmpty, !(header.count == 1 && header[0].isEmpty) else {
                throw CSVError(line: 1, reason: "the file is empty; expected a header row")
            }
            let width = header.count
            var interners = Array(repeating: ValueInterner(), count: width)
            var codes = Array(repeating: [UInt32](), count: width)
            var lines: [Int] = []
            while !scanner.isAtEnd {
                let line = scanner.line
                var column = 0
                var field: CSVScanner.Field
                var blank = false
                repeat {
                    field = try scanner.next()
                    if column < width {
                        let code = try scanner.withBytes(field) { bytes throws(CSVError) in try interners[column].code(bytes, line: line) }
                        codes[column].append(code)
                    }
                    blank = column == 0 && field.count == 0 && field.ending != .comma
                    column += 1
                } while field.ending == .comma
                if blank {
                    codes[0].removeLast()
                    continue
                }
                guard column == width else {
                    throw CSVError(line: line, reason: "the row has \(column) fields but the header has \(width)")
                }
                lines.append(line)
            }
            return CSVColumns(columns: (0..<width).map { Column(name: header[$0], codes: codes[$0], values: interners[$0].values) }, lines: lines)
        }
    }
}
