import BuiltInAuthorities
import CorporateParenting

// Temporary: prints the built-in packs (or the one named) as JSON until the command-line host lands.
let id = CommandLine.arguments.dropFirst().first
print(try PackCoding.json(BuiltInRegistry.packs.filter { id == nil || $0.id == id }), terminator: "")
