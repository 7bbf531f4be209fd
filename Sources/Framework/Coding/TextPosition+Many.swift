extension TextPosition {
    /// Creates a position.
    init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    /// The line and column of each of `offsets` in `bytes`, in the order given.
    ///
    /// The offsets are sorted and the bytes read once, so placing every finding of a file costs one reading of
    /// it however many findings there are (``init(offset:in:)`` reads from the start each time). An offset past
    /// the end is placed at the end; a negative one at line 1, column 1.
    public static func positions(of offsets: [Int], in bytes: [UInt8]) -> [TextPosition] {
        let order = offsets.indices.sorted { offsets[$0] < offsets[$1] }
        var positions = [TextPosition](repeating: TextPosition(line: 1, column: 1), count: offsets.count)
        bytes.withUnsafeBufferPointer { buffer in
            var line = 1, column = 1, index = 0
            for slot in order {
                let target = min(offsets[slot], buffer.count)
                while index < target {
                    let byte = buffer[index]
                    if byte == UInt8(ascii: "\n") {
                        line += 1
                        column = 1
                    } else if byte & 0xC0 != 0x80 {
                        column += 1
                    }
                    index += 1
                }
                positions[slot] = TextPosition(line: line, column: column)
            }
        }
        return positions
    }
}
