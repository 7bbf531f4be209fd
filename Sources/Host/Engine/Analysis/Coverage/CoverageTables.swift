import CorporateParenting

/// What coverage looks up in the framework for every entry, worked out once for many strategies: each domain's
/// principles and each standard measure's domain, as bit masks.
struct CoverageTables: Sendable {
    let index: FrameworkIndex
    /// For each of the framework's domains, its principles.
    let domainPrinciples: [UInt64]
    /// For each standard measure of the catalogue, its domain's bit.
    let measureDomains: [UInt64]

    init(_ framework: OutcomeFramework) {
        index = FrameworkIndex(framework)
        domainPrinciples = framework.domains.map { FrameworkIndex.principleMask($0.principles) }
        measureDomains = framework.measures.map { [index] measure in index.domainMask([measure.domain]) }
    }

    /// The principles of the domains in `mask`.
    func principles(ofDomains mask: UInt64) -> UInt64 {
        var result: UInt64 = 0
        var remaining = mask
        while remaining != 0 {
            let position = remaining.trailingZeroBitCount
            remaining &= remaining - 1
            if position < domainPrinciples.count { result |= domainPrinciples[position] }
        }
        return result
    }
}
