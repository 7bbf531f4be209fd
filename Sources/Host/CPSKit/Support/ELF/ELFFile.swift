import CPSEngine
/// A 64-bit little-endian ELF file, read from its bytes: enough of it to tell, before the dynamic linker maps it,
/// whether it is a shared library for this machine, whether every part it asks to be mapped is really in the
/// file (a cut-short library makes `dlopen` crash with `SIGBUS`), and what its dynamic symbols are.
///
/// Every offset and size is checked against the file, so no input can make the reader crash.
struct ELFFile {
    /// One program header: a part of the file the dynamic linker maps or reads.
    struct ProgramHeader {
        /// `p_type` (1 is a loadable segment).
        var type: UInt32
        /// Where its bytes start in the file.
        var offset: UInt64
        /// How many of its bytes are in the file.
        var fileSize: UInt64
    }

    /// One section header.
    struct Section {
        /// `sh_type` (11 is the dynamic symbol table, 3 a string table, 8 a section with no bytes in the file).
        var type: UInt32
        /// Where its bytes start in the file.
        var offset: UInt64
        /// How many bytes it has.
        var size: UInt64
        /// The section it refers to (for a symbol table, its string table).
        var link: UInt32
        /// The size of each entry, for a table.
        var entrySize: UInt64
    }

    /// The file's bytes.
    let bytes: [UInt8]
    /// `e_type`: 1 an object file, 2 a program, 3 a shared library (or position-independent program), 4 a core dump.
    let type: UInt16
    /// `e_machine`: the architecture it is built for.
    let machine: UInt16
    /// The program headers, each checked to lie inside the file.
    let programHeaders: [ProgramHeader]
    /// The section headers (none when the file has no section header table).
    let sections: [Section]

    /// `e_type` of a shared library.
    static let sharedObject: UInt16 = 3

    /// Reads the headers; a file that is not a 64-bit little-endian ELF file, or whose headers point past its
    /// end, is the problem that says so.
    init(_ bytes: [UInt8]) throws(ELFProblem) {
        self.bytes = bytes
        guard bytes.count >= 4, bytes[0] == 0x7F, bytes[1] == UInt8(ascii: "E"), bytes[2] == UInt8(ascii: "L"), bytes[3] == UInt8(ascii: "F") else {
            throw .notELF
        }
        guard bytes.count >= 64 else { throw .cutShort("its ELF header needs 64 bytes, but the file has only \(bytes.count)") }
        switch bytes[4] {
        case 2: break
        case 1: throw .wrongClass
        default: throw .malformed("ELF class is \(bytes[4]), neither 32-bit nor 64-bit")
        }
        switch bytes[5] {
        case 1: break
        case 2: throw .bigEndian
        default: throw .malformed("ELF byte order is \(bytes[5]), neither little- nor big-endian")
        }
        type = Self.u16(bytes, 16)
        machine = Self.u16(bytes, 18)
        programHeaders = try Self.table(bytes, offset: Self.u64(bytes, 32), entrySize: Self.u16(bytes, 54), count: Self.u16(bytes, 56),
                                        minimumEntrySize: 56, name: "program header") { at in
            ProgramHeader(type: Self.u32(bytes, at), offset: Self.u64(bytes, at + 8), fileSize: Self.u64(bytes, at + 32))
        }
        for (index, header) in programHeaders.enumerated() {
            try Self.checkRange(header.offset, header.fileSize, in: bytes, "its program header \(index)")
        }
        sections = try Self.table(bytes, offset: Self.u64(bytes, 40), entrySize: Self.u16(bytes, 58), count: Self.u16(bytes, 60),
                                  minimumEntrySize: 64, name: "section header") { at in
            Section(type: Self.u32(bytes, at + 4), offset: Self.u64(bytes, at + 24), size: Self.u64(bytes, at + 32),
                    link: Self.u32(bytes, at + 40), entrySize: Self.u64(bytes, at + 56))
        }
        for (index, section) in sections.enumerated() where section.type != 8 {
            try Self.checkRange(section.offset, section.size, in: bytes, "its section \(index)")
        }
    }

    /// Reads `count` entries of a header table, checking that the table lies inside the file.
    private static func table<Entry>(
        _ bytes: [UInt8], offset: UInt64, entrySize: UInt16, count: UInt16, minimumEntrySize: UInt16, name: String,
        entry: (Int) -> Entry
    ) throws(ELFProblem) -> [Entry] {
        guard count > 0 else { return [] }
        guard entrySize >= minimumEntrySize else {
            throw .malformed("\(name) entries are \(entrySize) bytes, fewer than the \(minimumEntrySize) they need")
        }
        try checkRange(offset, UInt64(entrySize) * UInt64(count), in: bytes, "its \(name) table")
        return (0..<Int(count)).map { entry(Int(offset) + $0 * Int(entrySize)) }
    }

    /// Refuses a part of the file that ends past the file's end.
    static func checkRange(_ offset: UInt64, _ size: UInt64, in bytes: [UInt8], _ what: String) throws(ELFProblem) {
        let (end, overflow) = offset.addingReportingOverflow(size)
        guard !overflow, end <= UInt64(bytes.count) else {
            let needs = overflow ? "more bytes than a file can have" : "bytes up to \(end)"
            throw .cutShort("\(what) needs \(needs), but the file has only \(bytes.count)")
        }
    }

    /// Little-endian integers at an offset already checked to be inside the file.
    static func u16(_ bytes: [UInt8], _ at: Int) -> UInt16 { UInt16(bytes[at]) | UInt16(bytes[at + 1]) << 8 }
    static func u32(_ bytes: [UInt8], _ at: Int) -> UInt32 { UInt32(u16(bytes, at)) | UInt32(u16(bytes, at + 2)) << 16 }
    static func u64(_ bytes: [UInt8], _ at: Int) -> UInt64 { UInt64(u32(bytes, at)) | UInt64(u32(bytes, at + 4)) << 32 }
}
