import CorporateParenting

/// An outcome domain the strategy serves but no metric it monitors evidences.
struct DomainWithoutMeasureRule: GapRule {
    static let description = CheckDescription(
        id: "domain-without-measure", name: "Domain without a monitored metric", severity: .warning,
        summary: "Each outcome domain the strategy serves is evidenced by a metric it monitors (figures quoted as context do not count; a domain nothing serves is domain-unserved's).",
        triggering: [CheckExample("sections[0].content[0].item.content[2].evidence.domain", #""voice""#)],
        nonTriggering: [
            CheckExample("sections[0].content[0].item.mappings[0].domains", DomainUnservedRule.allButWorkforce),
            CheckExample("sections[0].content[0].item.content[2].evidence.target", "null"),
        ]
    )

    func gaps(in context: GapContext) -> [Gap] {
        let measured = Set(context.profile.measures.flatMap(\.domains))
        let served = context.domainsServedByAnything
        return context.framework.domains.filter { served.contains($0.id) && !measured.contains($0.id) }.map { domain in
            let quoted = context.profile.quoted.filter { $0.domains.contains(domain.id) }.count
            return absent(domain.id.rawValue, .domainWithoutMeasure(domain: domain.id, title: domain.title, quoted: quoted), context)
        }
    }
}
