#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import BuiltInAuthorities
import CPSKit

// The whole of `cps` lives in CPSKit; this only wires it to the process.
var environment: [String: String] = [:]
var pointer = environ
while let entry = pointer.pointee {
    let pair = String(cString: entry)
    if let equals = pair.firstIndex(of: "=") {
        environment[String(pair[..<equals])] = String(pair[pair.index(after: equals)...])
    }
    pointer += 1
}
let console = Console(
    width: Terminal.width(environment: environment),
    isTerminal: Terminal.isTerminal,
    out: { Terminal.writeOut($0) },
    finish: Terminal.finishOut,
    error: Terminal.writeError
)
var context = CommandContext(
    console: console,
    environment: environment,
    today: Today.date(),
    builtIns: BuiltInRegistry.loaded
)
context.exitsAfterCommand = true
exit(CPS.run(Array(CommandLine.arguments.dropFirst()), context: context))
