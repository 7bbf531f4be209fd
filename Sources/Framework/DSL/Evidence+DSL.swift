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
