import CorporateParenting
import CPSEngine

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

    /// A starter of prompts only: one priority with an aim and a commitment to fill, and a governance section. It
    /// claims nothing the council did not write: no board, no youth group, no monitored measure, no mapping.
    static func blank(_ identity: AuthorityIdentity, framework: OutcomeFramework) -> AuthorityPack {
        var pack = identity.emptyPack(document: document())
        let priority = Item(
            id: "priority-1", level: .priority, number: 1, title: prompt("your first priority's title as printed"),
            content: [.narrative(Narrative(.aim, prompt("what this priority aims for, in the document's words"))),
                      .action(Action(.commitment, prompt("what the document says you will do")))]
        )
        pack.sections = [
            Section(id: "priorities", heading: prompt("the heading your priorities are printed under"), content: [.item(priority)]),
            Section(id: "governance", heading: prompt("the heading your governance is printed under"), content: [
                .narrative(Narrative(.context, prompt("what the document says of its board, its chair and how often it meets, if anything"))),
            ]),
        ]
        return pack
    }

    /// Another pack's outline and structure (sections, items, actions, evidence and bodies) with fresh ids (kind and
    /// number: `section-1`, `item-1`, ...), every text replaced by a prompt, and every mapping, standard measure,
    /// figure, target, owner, role, link and date cleared.
    static func structure(of original: AuthorityPack, _ identity: AuthorityIdentity, framework: OutcomeFramework) -> AuthorityPack {
        var pack = identity.emptyPack(document: document())
        var ids = FreshIDs()
        pack.sections = original.sections.map { cleared($0, &ids) }
        return pack
    }

    static func cleared(_ section: Section, _ ids: inout FreshIDs) -> Section {
        Section(id: ID(rawValue: ids.next("section")), heading: prompt("a heading of your document"), content: cleared(section.content, &ids))
    }

    static func cleared(_ entries: [Entry], _ ids: inout FreshIDs) -> [Entry] {
        entries.compactMap { entry -> Entry? in
            switch entry {
            case .section(let section): return .section(cleared(section, &ids))
            case .draft(let draft): return cleared([draft.entry], &ids).first
            case .item(let item):
                let id = ids.next("item")
                return .item(Item(id: ID(rawValue: id), level: item.level, number: item.number,
                                  title: prompt("the \(item.level.rawValue)'s title as printed"), content: cleared(item.content, &ids)))
            case .action(let action): return .action(Action(action.kind, prompt("the \(action.kind.rawValue) as printed")))
            case .evidence(let evidence):
                return .evidence(Evidence(id: ID(rawValue: ids.next("evidence")), kind: evidence.kind,
                                          text: prompt("the \(evidence.kind.rawValue) as printed"), purpose: .context))
            case .body(let body):
                let id = ids.next("body")
                return .body(Body(id: ID(rawValue: id), kind: body.kind, name: prompt("the body's name as printed"), status: .unresolved,
                                  content: cleared(body.content, &ids)))
            case .narrative(let narrative): return .narrative(Narrative(narrative.kind, prompt("the \(narrative.kind.rawValue) as printed")))
            case .localPrinciple, .definition, .scope, .citation, .coproduction, .partner, .signatory, .expectations: return nil
            }
        }
    }
}
