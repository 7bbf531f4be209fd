// The action kinds, spelled as the document frames them. Accountability (owner, timeline, due date, expected
// outcome, links, status) is given only where the document prints it.

/// A commitment: "We will...", "We are committed to..." (``ActionKind/commitment``).
public func Commitment(
    _ text: String, owner: String? = nil, timeline: String? = nil, due: PartialDate? = nil,
    expectedOutcome: String? = nil, links: [String] = [], status: DeliveryStatus? = nil, mappings: [Mapping] = []
) -> Action {
    Action(.commitment, text, owner: owner, timeline: timeline, due: due, expectedOutcome: expectedOutcome,
           links: links, status: status, mappings: mappings)
}

/// A delivery action or action plan row: "How will this be achieved" (``ActionKind/action``).
public func Step(
    _ text: String, owner: String? = nil, timeline: String? = nil, due: PartialDate? = nil,
    expectedOutcome: String? = nil, links: [String] = [], status: DeliveryStatus? = nil, mappings: [Mapping] = []
) -> Action {
    Action(.action, text, owner: owner, timeline: timeline, due: due, expectedOutcome: expectedOutcome,
           links: links, status: status, mappings: mappings)
}

/// Something the document says must improve (``ActionKind/improvement``).
public func Improvement(_ text: String, owner: String? = nil, timeline: String? = nil) -> Action {
    Action(.improvement, text, owner: owner, timeline: timeline)
}

/// What the strategy means in practice (``ActionKind/practice``).
public func Practice(_ text: String) -> Action {
    Action(.practice, text)
}

/// A promise to children and young people, such as one line of a pledge (``ActionKind/promise``).
public func Promise(_ text: String, mappings: [Mapping] = []) -> Action {
    Action(.promise, text, mappings: mappings)
}
