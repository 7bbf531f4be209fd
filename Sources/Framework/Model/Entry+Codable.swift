extension Entry: SingleKeyUnion {
    /// Each kind of entry with its JSON key, in the order the schema lists them.
    public static let unionCases: [UnionCase<Entry>] = [
        UnionCase("section", Entry.section) { if case .section(let value) = $0 { value } else { nil } },
        UnionCase("narrative", Entry.narrative) { if case .narrative(let value) = $0 { value } else { nil } },
        UnionCase("item", Entry.item) { if case .item(let value) = $0 { value } else { nil } },
        UnionCase("action", Entry.action) { if case .action(let value) = $0 { value } else { nil } },
        UnionCase("evidence", Entry.evidence) { if case .evidence(let value) = $0 { value } else { nil } },
        UnionCase("body", Entry.body) { if case .body(let value) = $0 { value } else { nil } },
        UnionCase("localPrinciple", Entry.localPrinciple) { if case .localPrinciple(let value) = $0 { value } else { nil } },
        UnionCase("definition", Entry.definition) { if case .definition(let value) = $0 { value } else { nil } },
        UnionCase("scope", Entry.scope) { if case .scope(let value) = $0 { value } else { nil } },
        UnionCase("citation", Entry.citation) { if case .citation(let value) = $0 { value } else { nil } },
        UnionCase("coproduction", Entry.coproduction) { if case .coproduction(let value) = $0 { value } else { nil } },
        UnionCase("partner", Entry.partner) { if case .partner(let value) = $0 { value } else { nil } },
        UnionCase("signatory", Entry.signatory) { if case .signatory(let value) = $0 { value } else { nil } },
        UnionCase("expectations", Entry.expectations) { if case .expectations(let value) = $0 { value } else { nil } },
        UnionCase("draft", Entry.draft) { if case .draft(let value) = $0 { value } else { nil } },
    ]

    /// The JSON key naming this entry's kind.
    public var key: String {
        switch self {
        case .section: "section"
        case .narrative: "narrative"
        case .item: "item"
        case .action: "action"
        case .evidence: "evidence"
        case .body: "body"
        case .localPrinciple: "localPrinciple"
        case .definition: "definition"
        case .scope: "scope"
        case .citation: "citation"
        case .coproduction: "coproduction"
        case .partner: "partner"
        case .signatory: "signatory"
        case .expectations: "expectations"
        case .draft: "draft"
        }
    }
}
