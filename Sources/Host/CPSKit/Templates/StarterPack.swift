import CorporateParenting

/// The packs `cps init` writes: an outline to fill with the document's own headings, or another council's outline
/// and structure with its content cleared. Every prompt starts "TO BE COMPLETED", which `cps validate` reports as
/// a warning until it is replaced; every mapping offered is marked as a judgement to check.
enum StarterPack {
    /// A prompt for what belongs in a field.
    static func prompt(_ what: String) -> String { "\(ToBeCompletedRule.marker): \(what)" }

    /// The document record to complete; its capture is `partial` until the encoder says the whole is captured.
    static func document() -> StrategyDocument {
        StrategyDocument(title: prompt("the strategy's title as printed"), capture: .partial,
                         captureNote: prompt("say whether the pack captures the whole document, and if not what it leaves out"))
    }

    /// A judged mapping offered for an encoder to confirm or change.
    static func offered(_ principles: [PrincipleNumber], _ domains: [DomainID]) -> Mapping {
        Mapping(principles: principles, domains: domains, basis: .judged,
                note: prompt("check this mapping; mark it stated, quoting the document, only if the document states it"))
    }

    /// A starter with one section and one priority per domain, each offering the domain's standard measures.
    static func blank(_ identity: AuthorityIdentity, framework: OutcomeFramework) -> AuthorityPack {
        var pack = identity.emptyPack(document: document())
        let items: [Entry] = framework.domains.enumerated().map { index, domain in
            let metrics: [Entry] = framework.measures.filter { $0.domain == domain.id }.map { standard in
                .evidence(Evidence(id: ID(rawValue: standard.id.rawValue), kind: .metric, text: standard.title, purpose: .monitor,
                                   standardMeasure: standard.id, unit: standard.unit))
            }
            return .item(Item(
                id: ID(rawValue: domain.id.rawValue), level: .priority, number: index + 1,
                title: prompt("your priority for \(domain.title.lowercased())"),
                mappings: [offered(domain.principles.map(PrincipleNumber.init(rawValue:)), [domain.id])],
                content: [.narrative(Narrative(.aim, prompt("what this priority aims for"))),
                          .action(Action(.commitment, prompt("what you will do")))] + metrics
            ))
        }
        pack.sections = [
            Section(id: "priorities", heading: prompt("the heading your priorities are printed under"), content: items),
            Section(id: "governance", heading: prompt("the heading your governance is printed under"), content: [
                .body(Body(id: "board", kind: .board, name: prompt("your board's name as printed"),
                           roles: [Role(.chair, prompt("who chairs the board"))])),
            ]),
        ]
        return pack
    }

    /// Another pack's outline and structure (sections, items, actions, evidence, bodies and their links) with every
    /// text replaced by a prompt and every figure, target, owner, role and date cleared.
    static func structure(of original: AuthorityPack, _ identity: AuthorityIdentity, framework: OutcomeFramework) -> AuthorityPack {
        var pack = identity.emptyPack(document: document())
        pack.sections = original.sections.map { cleared($0, framework) }
        return pack
    }

    static func cleared(_ section: Section, _ framework: OutcomeFramework) -> Section {
        Section(id: section.id, heading: prompt("a heading of your document"), content: cleared(section.content, framework))
    }

    static func cleared(_ entries: [Entry], _ framework: OutcomeFramework) -> [Entry] {
        entries.compactMap { entry -> Entry? in
            switch entry {
            case .section(let section): return .section(cleared(section, framework))
            case .draft(let draft): return cleared([draft.entry], framework).first
            case .item(let item):
                return .item(Item(id: item.id, level: item.level, number: item.number,
                                  title: prompt("the \(item.level.rawValue)'s title as printed"),
                                  mappings: item.mappings.map { offered($0.principles, $0.domains) },
                                  content: cleared(item.content, framework)))
            case .action(let action): return .action(Action(action.kind, prompt("the \(action.kind.rawValue) as printed")))
            case .evidence(let evidence):
                let standard = evidence.standardMeasure.flatMap { framework.measure($0) }
                return .evidence(Evidence(id: evidence.id, kind: evidence.kind, text: standard?.title ?? prompt("the \(evidence.kind.rawValue) as printed"),
                                          purpose: evidence.purpose, standardMeasure: standard?.id, unit: standard?.unit ?? evidence.unit))
            case .body(let body):
                return .body(Body(id: body.id, kind: body.kind, name: prompt("the body's name as printed"), partOf: body.partOf,
                                  serves: body.serves, content: cleared(body.content, framework)))
            case .narrative(let narrative): return .narrative(Narrative(narrative.kind, prompt("the \(narrative.kind.rawValue) as printed")))
            case .localPrinciple, .definition, .scope, .citation, .coproduction, .partner, .signatory, .expectations: return nil
            }
        }
    }
}
