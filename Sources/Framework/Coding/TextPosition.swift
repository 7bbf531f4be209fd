/// Line and column of a byte offset in UTF-8 text, both 1-based; columns count characters, not bytes.
public struct TextPosition: Equatable, Sendable, CustomStringConvertible {
    /// The 1-based line.
    public var line: Int
    /// The 1-based column.
    public var column: Int

    /// Finds the line and column of `offset` in `bytes`.
    public init(offset: Int, in bytes: some Collection<UInt8>) {
        var line = 1, column = 1, index = 0
        for byte in bytes {
            if index >= offset { break }
            index += 1
            if byte == UInt8(ascii: "\n") {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
        }
        self.line = line
        self.column = column
    }

    /// "line 3, column 14".
    public var description: String { "line \(line), column \(column)" }
}
