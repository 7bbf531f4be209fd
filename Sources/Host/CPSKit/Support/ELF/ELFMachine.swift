import CPSEngine
/// The architectures an ELF file's `e_machine` names, and the one this `cps` runs on.
enum ELFMachine {
    /// The `e_machine` of this process's architecture, or nil for one this list does not know.
    static var host: UInt16? {
        #if arch(x86_64)
        62
        #elseif arch(arm64)
        183
        #elseif arch(i386)
        3
        #elseif arch(arm)
        40
        #elseif arch(powerpc64le) || arch(powerpc64)
        21
        #elseif arch(s390x)
        22
        #elseif arch(riscv64)
        243
        #else
        nil
        #endif
    }

    /// A reader's name for an `e_machine`.
    static func name(_ machine: UInt16) -> String {
        switch machine {
        case 2: "SPARC"
        case 3: "32-bit x86"
        case 8: "MIPS"
        case 20: "32-bit PowerPC"
        case 21: "64-bit PowerPC"
        case 22: "IBM Z (s390x)"
        case 40: "32-bit ARM"
        case 43: "64-bit SPARC"
        case 62: "x86-64"
        case 183: "64-bit ARM (AArch64)"
        case 243: "RISC-V"
        case 258: "LoongArch"
        default: "the machine type \(machine)"
        }
    }
}
