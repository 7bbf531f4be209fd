import CPSEngine
/// Why an ELF file cannot be loaded as a shared library, as a sentence fragment that follows the file's name.
enum ELFProblem: Error, Equatable, CustomStringConvertible {
    /// It does not begin with the ELF signature.
    case notELF
    /// It is a 32-bit file.
    case wrongClass
    /// It is big-endian.
    case bigEndian
    /// It is an ELF file of another kind: a program, an object file, a core dump (`e_type`).
    case notSharedLibrary(UInt16)
    /// It is built for another architecture (`e_machine`s).
    case wrongMachine(found: UInt16, host: UInt16)
    /// A part of it lies past its end: the file was cut short.
    case cutShort(String)
    /// It has no section headers, so its symbols cannot be checked.
    case noSectionHeaders
    /// A header or table contradicts itself.
    case malformed(String)

    /// The fragment: "it is cut short: its program header 2 needs bytes up to 16384, but the file has only 8192".
    var description: String {
        switch self {
        case .notELF:
            "it is not a shared library cps can load (it does not begin with the ELF signature)"
        case .wrongClass:
            "it is a 32-bit library, but this cps is 64-bit"
        case .bigEndian:
            "it is built for a big-endian machine, but this cps runs on a little-endian one"
        case .notSharedLibrary(let type):
            "it is not a shared library cps can load (it is \(Self.typeName(type)))"
        case .wrongMachine(let found, let host):
            "it is built for \(ELFMachine.name(found)), but this cps runs on \(ELFMachine.name(host))"
        case .cutShort(let detail):
            "it is cut short: \(detail)"
        case .noSectionHeaders:
            "it has no section headers, so cps cannot check its entry points before loading it"
        case .malformed(let detail):
            "it is not a shared library cps can load (its \(detail))"
        }
    }

    /// What an ELF file of this `e_type` is, with its article.
    static func typeName(_ type: UInt16) -> String {
        switch type {
        case 1: "an object file, not yet linked into a library"
        case 2: "a program, not a library"
        case 4: "a core dump"
        default: "an ELF file of type \(type)"
        }
    }
}
