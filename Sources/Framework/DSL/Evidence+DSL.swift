// Evidence of success, one spelling per kind. A metric must say whether the strategy monitors it or quotes it as
// context; the other kinds are set as measures of success, so they default to `.monitor`.

/// A metric with its figures (``EvidenceKind/metric``).
public func Metric(
    _ id: ID<Evidence>? = nil, _ text: String, purpose: EvidencePurpose, standard: StandardMeasureID? = nil,
    unit: MeasureUnit? = nil, polarity: Polarity? = nil, domain: DomainID? = nil, definition: String? = nil,
    frequency: String? = nil, target: Target? = nil, baseline: Baseline? = nil, figures: [Figure] = []
) -> Evidence {
    Evidence(id: id, kind: .metric, text: text, purpose: purpose, standardMeasure: standard, unit: unit,
             polarity: polarity, domain: domain, definition: definition, frequency: frequency, target: target,
             baseline: baseline, figures: figures)
}

/// Something to be produced or reached (``EvidenceKind/deliverable``).
public func Deliverable(_ id: ID<Evidence>? = nil, _ text: String, purpose: EvidencePurpose = .monitor,
                        domain: DomainID? = nil, target: Target? = nil) -> Evidence {
    Evidence(id: id, kind: .deliverable, text: text, purpose: purpose, domain: domain, target: target)
}

/// What young people, carers or partners will say (``EvidenceKind/statement``).
public func Statement(_ id: ID<Evidence>? = nil, _ text: String, purpose: EvidencePurpose = .monitor,
                      domain: DomainID? = nil) -> Evidence {
    Evidence(id: id, kind: .statement, text: text, purpose: purpose, domain: domain)
}

/// A quality standard practice will meet (``EvidenceKind/standard``).
public func Standard(_ id: ID<Evidence>? = nil, _ text: String, purpose: EvidencePurpose = .monitor,
                     domain: DomainID? = nil) -> Evidence {
    Evidence(id: id, kind: .standard, text: text, purpose: purpose, domain: domain)
}

/// A metric with no id of its own (see ``Metric(_:_:purpose:standard:unit:polarity:domain:definition:frequency:target:baseline:figures:)``).
public func Metric(
    _ text: String, purpose: EvidencePurpose, standard: StandardMeasureID? = nil,
    unit: MeasureUnit? = nil, polarity: Polarity? = nil, domain: DomainID? = nil, definition: String? = nil,
    frequency: String? = nil, target: Target? = nil, baseline: Baseline? = nil, figures: [Figure] = []
) -> Evidence {
    Metric(nil, text, purpose: purpose, standard: standard, unit: unit, polarity: polarity, domain: domain,
           definition: definition, frequency: frequency, target: target, baseline: baseline, figures: figures)
}

/// A deliverable with no id of its own.
public func Deliverable(_ text: String, purpose: EvidencePurpose = .monitor, domain: DomainID? = nil, target: Target? = nil) -> Evidence {
    Deliverable(nil, text, purpose: purpose, domain: domain, target: target)
}

/// A statement with no id of its own.
public func Statement(_ text: String, purpose: EvidencePurpose = .monitor, domain: DomainID? = nil) -> Evidence {
    Statement(nil, text, purpose: purpose, domain: domain)
}

/// A standard with no id of its own.
public func Standard(_ text: String, purpose: EvidencePurpose = .monitor, domain: DomainID? = nil) -> Evidence {
    Standard(nil, text, purpose: purpose, domain: domain)
}
