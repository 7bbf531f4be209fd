extension Item {
    /// An item at `level` with its content in document order. `principles` and `domains` make one mapping with
    /// `basis` (the encoder's judgement unless the document states it); `mappings` adds more.
    public init(
        _ level: ItemLevel,
        _ id: ID<Item>,
        _ title: String,
        label: String? = nil,
        number: Int? = nil,
        principles: [PrincipleNumber] = [],
        domains: [DomainID] = [],
        basis: MappingBasis = .judged,
        note: String? = nil,
        mappings: [Mapping] = [],
        alternateTitles: [Wording] = [],
        @PackContent _ content: () -> [Entry] = { [] }
    ) {
        let first = principles.isEmpty && domains.isEmpty
            ? [] : [Mapping(principles: principles, domains: domains, basis: basis, note: note)]
        self.init(
            id: id, level: level, label: label, number: number, title: title, alternateTitles: alternateTitles,
            mappings: first + mappings, content: content()
        )
    }
}

/// A priority (``ItemLevel/priority``); see ``Item/init(_:_:_:label:number:principles:domains:basis:note:mappings:alternateTitles:_:)``.
public func Priority(
    _ id: ID<Item>, _ title: String, label: String? = nil, number: Int? = nil,
    principles: [PrincipleNumber] = [], domains: [DomainID] = [], basis: MappingBasis = .judged, note: String? = nil,
    mappings: [Mapping] = [], alternateTitles: [Wording] = [], @PackContent _ content: () -> [Entry] = { [] }
) -> Item {
    Item(.priority, id, title, label: label, number: number, principles: principles, domains: domains, basis: basis,
         note: note, mappings: mappings, alternateTitles: alternateTitles, content)
}

/// An objective (``ItemLevel/objective``).
public func Objective(
    _ id: ID<Item>, _ title: String, label: String? = nil, number: Int? = nil,
    principles: [PrincipleNumber] = [], domains: [DomainID] = [], basis: MappingBasis = .judged, note: String? = nil,
    mappings: [Mapping] = [], alternateTitles: [Wording] = [], @PackContent _ content: () -> [Entry] = { [] }
) -> Item {
    Item(.objective, id, title, label: label, number: number, principles: principles, domains: domains, basis: basis,
         note: note, mappings: mappings, alternateTitles: alternateTitles, content)
}

/// An outcome the strategy is organised around (``ItemLevel/outcome``).
public func Outcome(
    _ id: ID<Item>, _ title: String, label: String? = nil, number: Int? = nil,
    principles: [PrincipleNumber] = [], domains: [DomainID] = [], basis: MappingBasis = .judged, note: String? = nil,
    mappings: [Mapping] = [], alternateTitles: [Wording] = [], @PackContent _ content: () -> [Entry] = { [] }
) -> Item {
    Item(.outcome, id, title, label: label, number: number, principles: principles, domains: domains, basis: basis,
         note: note, mappings: mappings, alternateTitles: alternateTitles, content)
}

/// A theme (``ItemLevel/theme``).
public func Theme(
    _ id: ID<Item>, _ title: String, label: String? = nil, number: Int? = nil,
    principles: [PrincipleNumber] = [], domains: [DomainID] = [], basis: MappingBasis = .judged, note: String? = nil,
    mappings: [Mapping] = [], alternateTitles: [Wording] = [], @PackContent _ content: () -> [Entry] = { [] }
) -> Item {
    Item(.theme, id, title, label: label, number: number, principles: principles, domains: domains, basis: basis,
         note: note, mappings: mappings, alternateTitles: alternateTitles, content)
}

/// A pledge or promise the strategy is organised around (``ItemLevel/pledge``).
public func Pledge(
    _ id: ID<Item>, _ title: String, label: String? = nil, number: Int? = nil,
    principles: [PrincipleNumber] = [], domains: [DomainID] = [], basis: MappingBasis = .judged, note: String? = nil,
    mappings: [Mapping] = [], alternateTitles: [Wording] = [], @PackContent _ content: () -> [Entry] = { [] }
) -> Item {
    Item(.pledge, id, title, label: label, number: number, principles: principles, domains: domains, basis: basis,
         note: note, mappings: mappings, alternateTitles: alternateTitles, content)
}

/// A key action set out as a heading of its own (``ItemLevel/keyAction``).
public func KeyAction(
    _ id: ID<Item>, _ title: String, label: String? = nil, number: Int? = nil,
    principles: [PrincipleNumber] = [], domains: [DomainID] = [], basis: MappingBasis = .judged, note: String? = nil,
    mappings: [Mapping] = [], alternateTitles: [Wording] = [], @PackContent _ content: () -> [Entry] = { [] }
) -> Item {
    Item(.keyAction, id, title, label: label, number: number, principles: principles, domains: domains, basis: basis,
         note: note, mappings: mappings, alternateTitles: alternateTitles, content)
}
