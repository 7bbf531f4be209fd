import CorporateParenting

/// An outcome domain nothing in the strategy serves.
struct DomainUnservedRule: GapRule {
    static let description = CheckDescription(
        id: "domain-unserved", name: "Domain served by nothing", severity: .warning,
        summary: "Each outcome domain is served by something in the strategy: an item, an action or promise, a metric it monitors, a body or other evidence it monitors (figures quoted as context do not count).",
        triggering: [CheckExample("sections[0].content[0].item.mappings[0].domains", Self.allButWorkforce)],
        nonTriggering: [CheckExample("sections[0].content[0].item.mappings[0].domains", Self.allButWorkforce,
                                     and: CheckExample("sections[0].content[0].item.content[1].action.mappings", #"[{"principles": [], "domains": ["workforce"], "basis": "judged"}]"#))]
    )

    static let allButWorkforce = #"["voice", "homes", "health", "education", "relationships", "safety", "adulthood", "governance"]"#

    func gaps(in context: GapContext) -> [Gap] {
        let served = context.domainsServedByAnything
        return context.framework.domains.filter { !served.contains($0.id) }.map { domain in
            let quoted = context.profile.quoted.filter { $0.domains.contains(domain.id) }.count
            return absent(domain.id.rawValue, .domainUnserved(domain: domain.id, title: domain.title, quoted: quoted), context)
        }
    }
}
