import CPSEngine
extension ELFFile {
    /// `sh_type` of the dynamic symbol table and of a string table.
    static let dynamicSymbolTable: UInt32 = 11, stringTable: UInt32 = 3

    /// The exported symbol named `name` in the dynamic symbol table (the one `dlsym` searches), or nil when there
    /// is none. A file without section headers cannot be checked, and says so.
    func exportedSymbol(named name: String) throws(ELFProblem) -> ELFSymbol? {
        let wanted = Array(name.utf8)
        return try dynamicSymbols { nameBytes in nameBytes.elementsEqual(wanted) }.first { $0.isExported }
    }

    /// The dynamic symbols whose names `matches` accepts (every one by default), in table order.
    func dynamicSymbols(where matches: (ArraySlice<UInt8>) -> Bool = { _ in true }) throws(ELFProblem) -> [ELFSymbol] {
        guard !sections.isEmpty else { throw .noSectionHeaders }
        guard let table = sections.first(where: { $0.type == Self.dynamicSymbolTable }) else { return [] }
        guard Int(table.link) < sections.count, sections[Int(table.link)].type == Self.stringTable else {
            throw .malformed("dynamic symbol table names no string table")
        }
        let strings = sections[Int(table.link)]
        let entrySize = table.entrySize == 0 ? 24 : table.entrySize
        guard entrySize >= 24 else { throw .malformed("dynamic symbols are \(entrySize) bytes, fewer than the 24 they need") }
        var symbols: [ELFSymbol] = []
        // Entry 0 is always the empty symbol.
        for index in 1..<max(1, Int(table.size / entrySize)) {
            let at = Int(table.offset) + index * Int(entrySize)
            let nameOffset = UInt64(Self.u32(bytes, at))
            guard nameOffset < strings.size else {
                throw .malformed("dynamic symbol \(index) has its name past the end of its string table")
            }
            let start = Int(strings.offset + nameOffset), end = Int(strings.offset + strings.size)
            guard let terminator = bytes[start..<end].firstIndex(of: 0) else {
                throw .malformed("dynamic symbol \(index) has a name that does not end inside its string table")
            }
            let nameBytes = bytes[start..<terminator]
            guard matches(nameBytes) else { continue }
            let info = bytes[at + 4]
            symbols.append(ELFSymbol(name: String(decoding: nameBytes, as: UTF8.self), type: info & 0xF, binding: info >> 4,
                                     isDefined: Self.u16(bytes, at + 6) != 0))
        }
        return symbols
    }
}
