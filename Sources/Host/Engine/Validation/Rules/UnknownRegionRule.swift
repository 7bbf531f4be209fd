import CorporateParenting

/// A region that is not one of England's nine, spelt as DfE spells them.
struct UnknownRegionRule: ValidationRule {
    static let description = CheckDescription(
        id: "unknown-region", name: "Unknown region", severity: .error,
        summary: "region is one of England's nine regions spelt as DfE spells them (\"South East\", not \"South-East\"), so --region finds the council.",
        triggering: [CheckExample("region", "\"North-West\"")],
        nonTriggering: [CheckExample("region", #""North West""#)]
    )

    func check(_ input: ValidationInput) -> [Finding] {
        guard let region = input.pack.region, !AuthorityDirectory.regions.contains(region) else { return [] }
        if let named = AuthorityDirectory.region(region) {
            return [finding("region", "The region \"\(region)\" is not spelt as DfE spells it; did you mean \"\(named)\"?")]
        }
        let near = Suggestions.nearest(to: region, among: AuthorityDirectory.regions, limit: 1)
        if let first = near.first {
            return [finding("region", "The region \"\(region)\" is not one of England's nine regions; did you mean \"\(first)\"?")]
        }
        let names = AuthorityDirectory.regions.map { "\"\($0)\"" }.joined(separator: ", ")
        return [finding("region", "The region \"\(region)\" is not one of England's nine regions: \(names).")]
    }
}
