import CPSEngine
/// One symbol of an ELF file's dynamic symbol table.
struct ELFSymbol: Equatable {
    /// Its name.
    var name: String
    /// `STT_*`: 0 no type, 1 data (an object), 2 a function, 10 an indirect function.
    var type: UInt8
    /// `STB_*`: 0 local, 1 global, 2 weak, 10 unique.
    var binding: UInt8
    /// Whether the file defines it (rather than needing it from another library).
    var isDefined: Bool

    /// Whether it can be called: a function, or an indirect function the dynamic linker resolves to one.
    var isFunction: Bool { type == 2 || type == 10 }

    /// Whether the file defines it for other code to find (`dlsym` finds only these).
    var isExported: Bool { isDefined && binding != 0 }

    /// What it is, for messages: "a function", "data".
    var kind: String {
        switch type {
        case 1: "data"
        case 2, 10: "a function"
        case 6: "thread-local data"
        default: "a symbol of type \(type)"
        }
    }
}
