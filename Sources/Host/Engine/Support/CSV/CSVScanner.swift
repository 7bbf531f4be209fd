/// Walks RFC 4180 CSV one field at a time over bytes: the one place `cps` parses CSV syntax. ``CSVReader`` (rows of
/// strings) and ``CSVColumns`` (interned columns) are built on it.
///
/// A field is unquoted (any bytes but `,`, `"`, CR and LF) or quoted (any bytes, `""` for a quote); a field ends
/// at a comma, a line end (CRLF, LF or CR) or the end of the input. A leading UTF-8 byte-order mark is skipped.
public struct CSVScanner {
    /// What ended a field.
    public enum Ending { case comma, lineEnd, input }

    /// A field's bytes, in the input or (for a quoted field with doubled quotes) in ``scratch``.
    public struct Field {
        var start: Int
        var count: Int
        var inScratch: Bool
        var quoted: Bool
        var ending: Ending
    }

    public let bytes: UnsafeBufferPointer<UInt8>
    private(set) var index: Int
    /// The 1-based line the scanner is on.
    private(set) var line = 1
    /// The last quoted field with doubled quotes, unescaped.
    private(set) var scratch: [UInt8] = []

    public static let quote = UInt8(ascii: "\""), comma = UInt8(ascii: ","), cr: UInt8 = 0x0D, lf: UInt8 = 0x0A

    public init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
        index = bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0
    }

    public var isAtEnd: Bool { index >= bytes.count }

    /// Reads the next field.
    @inline(__always)
    public mutating func next() throws(CSVError) -> Field {
        let count = bytes.count
        if index < count, bytes[index] == Self.quote { return try quoted() }
        let start = index
        while index < count {
            let byte = bytes[index]
            // Every delimiter is at most ",", so most bytes take this one comparison.
            if byte > Self.comma { index += 1; continue }
            if byte == Self.comma {
                index += 1
                return Field(start: start, count: index - 1 - start, inScratch: false, quoted: false, ending: .comma)
            }
            if byte == Self.lf || byte == Self.cr {
                let field = Field(start: start, count: index - start, inScratch: false, quoted: false, ending: .lineEnd)
                endLine(byte)
                return field
            }
            if byte == Self.quote { throw CSVError(line: line, reason: "a quote appears inside an unquoted field") }
            index += 1
        }
        return Field(start: start, count: index - start, inScratch: false, quoted: false, ending: .input)
    }

    public mutating func quoted() throws(CSVError) -> Field {
        let count = bytes.count, opened = line
        index += 1
        let start = index
        var doubled = false
        while index < count {
            let byte = bytes[index]
            if byte == Self.quote {
                guard index + 1 < count, bytes[index + 1] == Self.quote else { break }
                doubled = true
                index += 2
                continue
            }
            if byte == Self.lf { line += 1 }
            index += 1
        }
        guard index < count else { throw CSVError(line: opened, reason: "a quoted field is not closed") }
        var field = Field(start: start, count: index - start, inScratch: doubled, quoted: true, ending: .input)
        if doubled { unescape(field) }
        index += 1
        if index < count {
            let byte = bytes[index]
            if byte == Self.comma {
                index += 1
                field.ending = .comma
            } else if byte == Self.lf || byte == Self.cr {
                endLine(byte)
                field.ending = .lineEnd
            } else {
                throw CSVError(line: line, reason: "text follows a closing quote")
            }
        }
        return field
    }

    public mutating func unescape(_ field: Field) {
        scratch.removeAll(keepingCapacity: true)
        var position = field.start
        let end = field.start + field.count
        while position < end {
            scratch.append(bytes[position])
            position += bytes[position] == Self.quote ? 2 : 1
        }
    }

    @inline(__always)
    public mutating func endLine(_ byte: UInt8) {
        index += byte == Self.cr && index + 1 < bytes.count && bytes[index + 1] == Self.lf ? 2 : 1
        line += 1
    }

    /// Calls `body` with the field's bytes.
    @inline(__always)
    public func withBytes<Result>(_ field: Field, _ body: (UnsafeBufferPointer<UInt8>) throws(CSVError) -> Result) throws(CSVError) -> Result {
        if field.inScratch {
            return try scratch.withUnsafeBufferPointer { buffer throws(CSVError) in try body(buffer) }
        }
        return try body(UnsafeBufferPointer(rebasing: bytes[field.start..<(field.start + field.count)]))
    }

    /// The field as a string; invalid UTF-8 is an error naming `line`, the line its row starts on.
    public func string(_ field: Field, line: Int) throws(CSVError) -> String {
        try withBytes(field) { buffer throws(CSVError) in
            guard let text = String(validating: buffer, as: UTF8.self) else { throw CSVError(line: line, reason: "a field is not valid UTF-8") }
            return text
        }
    }
}
