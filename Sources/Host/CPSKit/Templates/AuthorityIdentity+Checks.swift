extension AuthorityIdentity {
    /// England's nine regions, spelt as DfE's statistics spell them.
    static let regions = [
        "North East", "North West", "Yorkshire and The Humber", "East Midlands", "West Midlands",
        "East of England", "London", "South East", "South West",
    ]

    /// The identity with its codes and region checked for a built-in module: an ONS code is a nine-character GSS
    /// code (such as E06000009), a DfE code three digits, and a region one of England's nine, written as DfE
    /// writes it whatever its case. Anything else is a usage error of `command`.
    func checked(command: String) throws(CPSError) -> AuthorityIdentity {
        var identity = self
        if let ons, !InvalidCodeRule.isONS(ons) {
            throw .usage("The ONS code \"\(ons)\" is not a GSS code of nine characters such as E06000009.", command: command)
        }
        if let dfe, !(dfe.count == 3 && dfe.allSatisfy(\.isASCIIDigit)) {
            throw .usage("The DfE code \"\(dfe)\" is not three digits such as 890.", command: command)
        }
        if let region {
            guard let known = Self.regions.first(where: { $0.caseInsensitiveEquals(region) }) else {
                let names = Self.regions.map { "\"\($0)\"" }.joined(separator: ", ")
                throw .usage("\"\(region)\" is not one of England's regions: \(names).", command: command)
            }
            identity.region = known
        }
        return identity
    }
}
