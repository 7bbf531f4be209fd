import CorporateParenting

extension GapContext {
    /// The principles anything in the strategy serves, by a stated or judged mapping: its items, its actions and
    /// pledges, the metrics it monitors, its bodies, its own principles and its co-production. Figures quoted as
    /// context serve nothing.
    var principlesServedByAnything: Set<Int> {
        var served = profile.principlesServed
        for measure in profile.measures { served.formUnion(measure.principles) }
        eachOwnMapping { served.formUnion($0.principles.map(\.rawValue)) }
        return served
    }

    /// The domains anything in the strategy serves, as ``principlesServedByAnything``, with the domain monitored
    /// evidence of any kind names.
    var domainsServedByAnything: Set<DomainID> {
        var served = profile.domainsServed
        for measure in profile.measures { served.formUnion(measure.domains) }
        eachOwnMapping { served.formUnion($0.domains) }
        for evidence in profile.index.evidence where evidence.value.purpose == .monitor {
            if let domain = evidence.value.domain { served.insert(domain) }
        }
        return served
    }

    /// Every mapping set on an entry other than an item: actions', bodies', local principles' and co-production's.
    private func eachOwnMapping(_ body: (Mapping) -> Void) {
        let index = profile.index
        for placed in index.actions { placed.value.mappings.forEach(body) }
        for placed in index.bodies { placed.value.mappings.forEach(body) }
        for placed in index.localPrinciples { placed.value.mappings.forEach(body) }
        for placed in index.coproductions { placed.value.mappings.forEach(body) }
    }
}
