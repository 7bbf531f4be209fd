import CorporateParenting
import CPSEngine

extension InitCommand {
    /// The council's name, codes and region: from `--la` (a name, DfE code or ONS code in DfE's list of
    /// authorities), or from the name and `--ons`, `--dfe` and `--region`, each checked against that list. A code or
    /// region the list does not give the council is a usage error, and nothing is written.
    static func authority(_ arguments: ParsedArguments) throws(CPSError) -> (name: String, ons: String?, dfe: String?, region: String?) {
        let directory = AuthorityDirectory.builtIn
        let typedName = arguments.positionals.first?.trimmingCharacters(in: " ")
        var ons = arguments.value("ons").map { $0.trimmingCharacters(in: " ").uppercased() }
        var dfe = arguments.value("dfe").map { $0.trimmingCharacters(in: " ") }
        var region = try arguments.value("region").map { typed throws(CPSError) in try checkedRegion(typed) }
        var council: AuthorityDirectory.Entry?
        if let la = arguments.value("la") {
            let found = try CPSError.engine { () throws(EngineError) in try directory.find(la) }
            council = found
            ons = ons ?? found.onsCode
            dfe = dfe ?? found.dfeCode
            region = region ?? found.region
        }
        if let code = ons {
            guard let byONS = directory.entry(onsCode: code) else {
                let district = code.hasPrefix("E07") ? " (a district council's code: districts have no children's services)" : ""
                throw .usage("The ONS code \"\(code)\" is not a council's in DfE's list of local authorities\(district); give one such as E06000009, or --la with the council's name.", command: spec.name)
            }
            if let council, council.dfeCode != byONS.dfeCode {
                throw .usage("The ONS code \"\(code)\" is \(byONS.name)'s, not \(council.name)'s.", command: spec.name)
            }
            council = byONS
        }
        if let code = dfe {
            guard let byDfE = directory.entry(dfeCode: code) else {
                throw .usage("The DfE code \"\(code)\" is not a council's in DfE's list of local authorities; give one such as 890, or --la with the council's name.", command: spec.name)
            }
            if let council, council.dfeCode != byDfE.dfeCode {
                throw .usage("The DfE code \"\(code)\" is \(byDfE.name)'s, but the ONS code \"\(ons ?? "")\" is \(council.name)'s.", command: spec.name)
            }
            council = byDfE
        }
        if let council, let given = region, given != council.region {
            throw .usage("\(council.name) is in the \(council.region) in DfE's list of local authorities, not the \(given).", command: spec.name)
        }
        guard let name = (typedName?.isEmpty == false ? typedName : nil) ?? council?.name else {
            throw .usage("Give the council's name, such as \"Blackpool Council\", or --la with its name or code.", command: spec.name)
        }
        return (name, ons, dfe, region ?? council?.region)
    }

    /// One of England's nine regions, in any case; a spelling DfE does not use ("South-East") suggests its own.
    static func checkedRegion(_ typed: String) throws(CPSError) -> String {
        if let known = AuthorityDirectory.regions.first(where: { $0.caseInsensitiveEquals(typed) }) { return known }
        if let named = AuthorityDirectory.region(typed) {
            throw .usage("The region \"\(typed)\" is not spelt as DfE spells it; did you mean \"\(named)\"?", command: spec.name)
        }
        let names = AuthorityDirectory.regions.map { "\"\($0)\"" }.joined(separator: ", ")
        throw .usage("\"\(typed)\" is not one of England's regions: \(names).", command: spec.name)
    }
}
