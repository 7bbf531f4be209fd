import CPSEngine
extension ELFFile {
    /// Refuses a file the dynamic linker would not load into this process: one that is not a shared library, or
    /// one built for another architecture (which `dlopen` reports only as "No such file").
    func checkLoadable(hostMachine: UInt16? = ELFMachine.host) throws(ELFProblem) {
        guard type == Self.sharedObject else { throw .notSharedLibrary(type) }
        if let hostMachine, machine != hostMachine { throw .wrongMachine(found: machine, host: hostMachine) }
    }
}
