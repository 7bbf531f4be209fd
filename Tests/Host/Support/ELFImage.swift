/// A small 64-bit ELF shared library built byte by byte for the ELF reader's tests: a header, one loadable
/// segment covering the whole file, and section headers for a dynamic symbol table and its string table.
struct ELFImage {
    /// One dynamic symbol.
    struct Symbol {
        var name: String
        var type: UInt8 = 2
        var binding: UInt8 = 1
        var defined = true
    }

    var elfClass: UInt8 = 2
    var byteOrder: UInt8 = 1
    var type: UInt16 = 3
    var machine: UInt16 = 62
    var symbols: [Symbol] = []
    var withSections = true

    /// The file's bytes.
    var bytes: [UInt8] {
        var strings: [UInt8] = [0]
        var nameOffsets: [UInt32] = []
        for symbol in symbols {
            nameOffsets.append(UInt32(strings.count))
            strings += Array(symbol.name.utf8) + [0]
        }
        let stringsOffset = 64 + 56
        var symbolsOffset = stringsOffset + strings.count
        symbolsOffset += (8 - symbolsOffset % 8) % 8
        let symbolsSize = 24 * (symbols.count + 1)
        let sectionsOffset = symbolsOffset + symbolsSize
        let total = sectionsOffset + (withSections ? 3 * 64 : 0)

        var file = [UInt8](repeating: 0, count: total)
        file.replaceSubrange(0..<4, with: [0x7F, 0x45, 0x4C, 0x46])
        file[4] = elfClass
        file[5] = byteOrder
        file[6] = 1
        Self.put(&file, 16, UInt64(type), 2)
        Self.put(&file, 18, UInt64(machine), 2)
        Self.put(&file, 20, 1, 4)
        Self.put(&file, 32, 64, 8)  // program headers
        Self.put(&file, 40, withSections ? UInt64(sectionsOffset) : 0, 8)
        Self.put(&file, 52, 64, 2)
        Self.put(&file, 54, 56, 2)
        Self.put(&file, 56, 1, 2)
        Self.put(&file, 58, 64, 2)
        Self.put(&file, 60, withSections ? 3 : 0, 2)
        // The one loadable segment: the whole file.
        Self.put(&file, 64, 1, 4)
        Self.put(&file, 64 + 4, 5, 4)
        Self.put(&file, 64 + 32, UInt64(total), 8)
        Self.put(&file, 64 + 40, UInt64(total), 8)
        file.replaceSubrange(stringsOffset..<stringsOffset + strings.count, with: strings)
        for (index, symbol) in symbols.enumerated() {
            let at = symbolsOffset + 24 * (index + 1)
            Self.put(&file, at, UInt64(nameOffsets[index]), 4)
            file[at + 4] = symbol.binding << 4 | symbol.type
            Self.put(&file, at + 6, symbol.defined ? 7 : 0, 2)
        }
        if withSections {
            // Section 1: the string table; section 2: the dynamic symbol table, linked to section 1.
            Self.section(&file, at: sectionsOffset + 64, type: 3, offset: stringsOffset, size: strings.count, link: 0, entrySize: 0)
            Self.section(&file, at: sectionsOffset + 128, type: 11, offset: symbolsOffset, size: symbolsSize, link: 1, entrySize: 24)
        }
        return file
    }

    static func section(_ file: inout [UInt8], at: Int, type: UInt32, offset: Int, size: Int, link: UInt32, entrySize: UInt64) {
        put(&file, at + 4, UInt64(type), 4)
        put(&file, at + 24, UInt64(offset), 8)
        put(&file, at + 32, UInt64(size), 8)
        put(&file, at + 40, UInt64(link), 4)
        put(&file, at + 56, entrySize, 8)
    }

    /// Writes `value` little-endian in `width` bytes at `at`.
    static func put(_ file: inout [UInt8], _ at: Int, _ value: UInt64, _ width: Int) {
        for index in 0..<width { file[at + index] = UInt8(truncatingIfNeeded: value >> (8 * UInt64(index))) }
    }

    /// Where the section header table starts in `bytes`.
    static func sectionTableOffset(_ bytes: [UInt8]) -> Int {
        (0..<8).reduce(0) { $0 | Int(bytes[40 + $1]) << (8 * $1) }
    }
}
