extension Body {
    /// A body with what is printed about it (indicators, arrangements, sub-groups) in document order.
    public init(
        _ kind: BodyKind,
        _ id: ID<Body>,
        _ name: String,
        status: FactStatus = .inPlace,
        roles: [Role] = [],
        members: [String] = [],
        audience: String? = nil,
        ages: AgeRange? = nil,
        meets: MeetingFrequency? = nil,
        remit: [String] = [],
        themes: [String] = [],
        reportsTo: [Reporting] = [],
        partOf: ID<Body>? = nil,
        serves: [ID<Item>] = [],
        mappings: [Mapping] = [],
        @PackContent _ content: () -> [Entry] = { [] }
    ) {
        self.init(
            id: id, kind: kind, name: name, status: status, roles: roles, members: members, audience: audience,
            ages: ages, meets: meets, remit: remit, themes: themes, reportsTo: reportsTo, partOf: partOf,
            serves: serves, mappings: mappings, content: content()
        )
    }
}
